// An operator sets a client's limits at one institution (the console's client page, `npm run renkei -- client
// limits`). Each value: a whole number ≥ 0 (0 = no limit), or blank/null to take the institution's default.
// Audited as client.limits-changed with the values before and after.
import "server-only";
import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { forgetClientLimits, LIMIT_FIELDS } from "./client-limits";

const MAX = 1_000_000;
const value = z.union([z.null(), z.number().int().min(0).max(MAX)]);
export const ZClientLimitValues = z.object({ rps: value, daily: value, presentDaily: value, oauthPerMinute: value });
export type TClientLimitValues = z.infer<typeof ZClientLimitValues>;
export const LIMIT_PROBLEM = `0 以上 ${MAX.toLocaleString("ja-JP")} 以下の整数を入力してください（空欄は金融機関の既定値、0 は上限なし）。`;

/** A form's or the command line's text as a limit: "" → null (the default), else a whole number, or a problem. */
export function parseLimitText(text: string | undefined): { value: number | null } | { problem: string } {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return { value: null };
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > MAX) return { problem: LIMIT_PROBLEM };
  return { value: Number(trimmed) };
}

export type TSetLimitsResult = { ok: true } | { ok: false; error: string };

export async function setClientLimits(input: { institutionId: string; clientId: string; values: TClientLimitValues }, actor: { type: "operator"; id: string }, ip: string | null): Promise<TSetLimitsResult> {
  const values = ZClientLimitValues.parse(input.values);
  const result = await db.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { clientId: input.clientId }, select: { id: true, institutions: { where: { institutionId: input.institutionId }, select: { institutionId: true } } } });
    if (!client || client.institutions.length === 0) return { ok: false as const, error: "この金融機関にそのクライアントはありません。" };
    const key = { institutionId_clientId: { institutionId: input.institutionId, clientId: client.id } };
    const before = await tx.clientLimit.findUnique({ where: key, select: { rps: true, daily: true, presentDaily: true, oauthPerMinute: true } });
    await tx.clientLimit.upsert({ where: key, create: { institutionId: input.institutionId, clientId: client.id, ...values }, update: { ...values, updatedAt: new Date() } });
    await appendAuditEvent(tx, {
      institutionId: input.institutionId, actorType: actor.type, actorId: actor.id, action: "client.limits-changed",
      targetType: "client", targetId: input.clientId, ip, details: { ...values, before },
    });
    return { ok: true as const };
  });
  forgetClientLimits();
  return result;
}

/** The values an operator set for a client at an institution (null fields: the institution's default). */
export async function ownClientLimits(institutionId: string, clientId: string): Promise<TClientLimitValues> {
  const row = await db.clientLimit.findFirst({ where: { institutionId, client: { clientId } }, select: { rps: true, daily: true, presentDaily: true, oauthPerMinute: true } });
  return row ?? Object.fromEntries(LIMIT_FIELDS.map((f) => [f, null])) as TClientLimitValues;
}
