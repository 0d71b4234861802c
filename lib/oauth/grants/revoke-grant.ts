// Ends a grant and, at once, every access and refresh token issued under it. Used by the customer
// (連携サービスの確認・停止), the aggregator (RFC 7009, Grant Management DELETE), operators, a client's
// suspension, a replayed code (RFC 6749 §4.1.2, RFC 9700 §4.5), the expiry sweep (lib/oauth/grants/expire-stale.ts)
// and a new consent that replaces the old one.
//   - The grant ends in one conditional UPDATE (status still active): of several callers racing to end
//     it (twenty losers of a replayed code, an operator and the sweep), exactly one ends it, and only that
//     one writes the audit entry and the lifecycle event. The tokens are revoked by every caller (idempotent).
//   - Ended by someone other than the client (customer, operator, suspension, replay, expiry), the grant's
//     client is told: a grant-revoked or grant-expired event goes to the outbox in this same transaction
//     (lib/events/enqueue-security-event.ts). What the client did itself is not reported back to it.
// An operator's reason (the console asks for one) is kept on the grant and in its audit entry, not in the
// event: the aggregator is told that the bank ended it, not the bank's internal words.
// Returns whether this call ended the grant.
import "server-only";
import { db, type TTx } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { metrics } from "@/lib/observability/metrics";
import { enqueueSecurityEvent } from "@/lib/events/enqueue-security-event";
import { REVOCATION_REASONS } from "@/lib/events/event-types";

export type TRevokedBy = "customer" | "aggregator" | "operator" | "suspension" | "replay" | "expiry" | "replaced";

const ACTOR: Record<TRevokedBy, "customer" | "aggregator" | "operator" | "system"> = {
  customer: "customer", aggregator: "aggregator", operator: "operator", suspension: "operator", replay: "system", expiry: "system", replaced: "system",
};

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

export async function revokeGrant(
  tx: TTx,
  input: { grantId: string; by: TRevokedBy; actorId?: string; ip?: string; txn?: string; now?: Date; reason?: string },
): Promise<boolean> {
  const now = input.now ?? new Date();
  const grant = await tx.grant.findUnique({ where: { id: input.grantId }, select: { institutionId: true, clientId: true, expiresAt: true } });
  if (!grant) return false;
  const ended = await tx.grant.updateMany({
    where: { id: input.grantId, status: "active" },
    data: { status: input.by === "replaced" ? "replaced" : input.by === "expiry" ? "expired" : "revoked", revokedAt: now, revokedBy: input.by, revokedReason: input.reason ?? null },
  });
  await tx.accessToken.updateMany({ where: { grantId: input.grantId, revokedAt: null }, data: { revokedAt: now } });
  await tx.refreshToken.updateMany({ where: { grantId: input.grantId, revokedAt: null }, data: { revokedAt: now } });
  if (ended.count !== 1) return false; // ended already, by another hand: its entry and its event are there
  // counted as the end is written: a transaction rolled back after this (rare: the caller's later step failed) counts once too many
  metrics().grantsRevoked.inc({ by: input.by });
  await appendAuditEvent(tx, {
    institutionId: grant.institutionId,
    actorType: ACTOR[input.by],
    actorId: input.actorId ?? null,
    action: "grant.revoked",
    targetType: "grant",
    targetId: input.grantId,
    ip: input.ip ?? null,
    details: input.reason ? { by: input.by, reason: input.reason } : { by: input.by },
  });
  const event = { institutionId: grant.institutionId, clientId: grant.clientId, grantId: input.grantId, txn: input.txn, now };
  if (input.by === "expiry") {
    await enqueueSecurityEvent(tx, { ...event, type: "grant-expired", payload: { grant_id: input.grantId, expired_at: seconds(grant.expiresAt) } });
  } else if (input.by !== "aggregator" && input.by !== "replaced") {
    await enqueueSecurityEvent(tx, { ...event, type: "grant-revoked", payload: { grant_id: input.grantId, reason: REVOCATION_REASONS[input.by], revoked_at: seconds(now) } });
  }
  return true;
}

/**
 * A credential used twice — an authorization code (RFC 6749 §4.1.2) or a rotated-out refresh token
 * (RFC 9700 §4.14.2): the replay is audited and the grant ends with every token it issued, in one
 * transaction. Each replay is recorded; the grant ends once (the conditional UPDATE above).
 */
export async function revokeForReplay(input: { institutionId: string; clientId: string; grantId: string; action: "code.replayed" | "refresh.replayed"; ip: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await appendAuditEvent(tx, {
      institutionId: input.institutionId, actorType: "aggregator", actorId: input.clientId, action: input.action, targetType: "grant", targetId: input.grantId, ip: input.ip,
    });
    await revokeGrant(tx, { grantId: input.grantId, by: "replay", ip: input.ip });
  });
}

