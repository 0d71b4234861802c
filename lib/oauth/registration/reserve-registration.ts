// Counts one registration on the token's and the client address's counters before anything is written
// (lib/auth/reserve-attempt.ts: one conditional UPDATE on "RateLimit", so parallel requests on any instance
// cannot outrun it). Every request counts, refused or not: a registration is never given back.
// Full: 429 with Retry-After, when the fuller counter's window ends (lib/oauth/errors/oauth-errors.ts TooManyRequests).
import "server-only";
import { db } from "@/lib/db";
import { reserveAttempt } from "@/lib/auth/reserve-attempt";
import { demoDataWanted } from "@/lib/config/demo-data-wanted";
import { REGISTRATION_WINDOW_MINUTES, registrationLimits } from "./registration-limits";
import { TooManyRequests } from "@/lib/oauth/errors/oauth-errors";

export async function reserveRegistration(token: { key: string; fromEnvironment: boolean }, ip: string): Promise<void> {
  const limits = registrationLimits(token, demoDataWanted());
  const counters = [
    { key: `register:token:${token.key}`, max: limits.perToken },
    { key: `register:ip:${ip}`, max: limits.perAddress },
  ].map((c) => ({ ...c, minutes: REGISTRATION_WINDOW_MINUTES, onSuccess: "release" as const }));
  const reservation = await reserveAttempt(counters);
  if (!reservation.locked) return;
  const rows = await db.rateLimit.findMany({ where: { key: { in: counters.map((c) => c.key) } }, select: { resetAt: true } });
  const until = Math.max(Date.now() + 1000, ...rows.map((r) => r.resetAt.getTime()));
  throw new TooManyRequests("too many registrations with this initial access token or from this address; retry after the Retry-After seconds", Math.ceil((until - Date.now()) / 1000));
}
