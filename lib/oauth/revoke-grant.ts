// Revokes a grant and, at once, every access and refresh token issued under it. Used by the customer
// (連携サービスの確認・停止), the aggregator (RFC 7009, Grant Management DELETE), operators, a replayed
// code (RFC 6749 §4.1.2, RFC 9700 §4.5) and a new consent that replaces the old one.
import "server-only";
import type { TTx } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";

export type TRevokedBy = "customer" | "aggregator" | "operator" | "replay" | "expiry" | "replaced";

export async function revokeGrant(tx: TTx, input: { grantId: string; by: TRevokedBy; actorId?: string; ip?: string }): Promise<void> {
  const now = new Date();
  const grant = await tx.grant.findUnique({ where: { id: input.grantId }, select: { institutionId: true, status: true } });
  if (!grant) return;
  if (grant.status === "active") {
    await tx.grant.update({
      where: { id: input.grantId },
      data: { status: input.by === "replaced" ? "replaced" : input.by === "expiry" ? "expired" : "revoked", revokedAt: now, revokedBy: input.by },
    });
  }
  await tx.accessToken.updateMany({ where: { grantId: input.grantId, revokedAt: null }, data: { revokedAt: now } });
  await tx.refreshToken.updateMany({ where: { grantId: input.grantId, revokedAt: null }, data: { revokedAt: now } });
  await appendAuditEvent(tx, {
    institutionId: grant.institutionId,
    actorType: input.by === "customer" ? "customer" : input.by === "operator" ? "operator" : input.by === "aggregator" ? "aggregator" : "system",
    actorId: input.actorId ?? null,
    action: "grant.revoked",
    targetType: "grant",
    targetId: input.grantId,
    ip: input.ip ?? null,
    details: { by: input.by },
  });
}
