// A client's limits at one institution: its own (ClientLimit, set by an operator) where set, else the
// institution's defaults (settings.limits). 0 is "no limit". Read on every metered machine call, so kept in
// process for a few seconds like the institution itself (lib/institutions/get-institution.ts): a change made
// here is seen at once (forgetClientLimits), by other instances within LIMITS_TTL_MS.
import "server-only";
import { db } from "@/lib/db";
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { TLimitValues } from "@/lib/institutions/settings";
import { processSingleton } from "@/lib/process/cross-bundle";
import { LIMITS_TTL_MS } from "./windows";

export type TClientLimits = TLimitValues;
export const LIMIT_FIELDS = ["rps", "daily", "presentDaily", "oauthPerMinute"] as const;
export { LIMITS_TTL_MS };

type TOwn = { [K in keyof TClientLimits]: number | null };
const recent = processSingleton("clientLimits", () => new Map<string, { at: number; own: Promise<TOwn | null> }>());

async function loadOwn(institutionId: string, clientId: string): Promise<TOwn | null> {
  return db.clientLimit.findFirst({
    where: { institutionId, client: { clientId } },
    select: { rps: true, daily: true, presentDaily: true, oauthPerMinute: true },
  });
}

/** The client's own values over the institution's defaults. */
export function mergeLimits(defaults: TClientLimits, own: TOwn | null): TClientLimits {
  const merged = { ...defaults };
  for (const field of LIMIT_FIELDS) if (own && own[field] !== null) merged[field] = own[field];
  return merged;
}

/** The limits of `clientId` (the public client_id) at `institution`. */
export async function clientLimits(institution: TInstitution, clientId: string): Promise<TClientLimits> {
  const key = `${institution.id}\u0000${clientId}`;
  const now = Date.now();
  let hit = recent.get(key);
  if (!hit || now - hit.at >= LIMITS_TTL_MS) {
    hit = { at: now, own: loadOwn(institution.id, clientId) };
    recent.set(key, hit);
    hit.own.catch(() => recent.delete(key)); // a failed read is not remembered
  }
  return mergeLimits(institution.settings.limits, await hit.own);
}

/** After an operator's change: the next call reads the limits again. */
export function forgetClientLimits() {
  recent.clear();
}
