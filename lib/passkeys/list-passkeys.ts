// The customer's passkeys at one institution, for 連携サービスの確認・停止: name, 作成日, 最終利用日; and their
// deletion (kept as a row with deletedAt, so that an assertion made with it later is refused by name and audited).
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";

export type TPasskeyRow = { id: string; name: string; channel: string; synced: boolean; createdAt: Date; lastUsedAt: Date | null };

export async function listPasskeys(userId: string, institutionId: string): Promise<TPasskeyRow[]> {
  const rows = await db.passkey.findMany({
    where: { userId, institutionId, deletedAt: null }, orderBy: { createdAt: "asc" },
    select: { id: true, name: true, channel: true, backupEligible: true, createdAt: true, lastUsedAt: true },
  });
  return rows.map(({ backupEligible, ...row }) => ({ ...row, synced: backupEligible }));
}

/** Deletes the customer's own passkey at this institution; false for anyone else's, a deleted or a missing one. */
export async function deletePasskey(input: { passkeyId: string; userId: string; institutionId: string; ip: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.passkey.updateMany({
      where: { id: input.passkeyId, userId: input.userId, institutionId: input.institutionId, deletedAt: null }, data: { deletedAt: new Date() },
    });
    if (count !== 1) return false;
    const row = await tx.passkey.findUniqueOrThrow({ where: { id: input.passkeyId }, select: { name: true, channel: true } });
    await appendAuditEvent(tx, {
      institutionId: input.institutionId, actorType: "customer", actorId: input.userId, action: "passkey.deleted", targetType: "passkey", targetId: input.passkeyId, ip: input.ip,
      details: { passkey: row.name, channel: row.channel },
    });
    return true;
  });
}

/** The name of the customer's own passkey deleted just now (for the notice): nothing a URL says is shown as it is. */
export async function deletedPasskeyName(passkeyId: string | undefined, userId: string, institutionId: string): Promise<string | undefined> {
  if (!passkeyId) return undefined;
  const row = await db.passkey.findFirst({ where: { id: passkeyId, userId, institutionId, deletedAt: { not: null } }, select: { name: true } });
  return row?.name;
}
