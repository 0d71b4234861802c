// The customer's recent link endings for 連携サービスの確認・停止: stopped (by the customer, the bank,
// the service itself, or for safety after a replayed code) and expired, in the last 90 days, newest
// first. A grant past its expiry that the sweep has not reached yet counts as expired already. A grant
// replaced by a new consent to the same service is not an ending (the link goes on).
import "server-only";
import { db } from "@/lib/db";

export type TEndedLink = {
  grantId: string; service: string; aggregator: string;
  kind: "stopped" | "expired";
  by: "customer" | "bank" | "suspension" | "service" | "security" | "expiry";
  endedAt: Date;
};

const BY: Record<string, TEndedLink["by"]> = { customer: "customer", operator: "bank", suspension: "suspension", aggregator: "service", replay: "security", expiry: "expiry" };
const RECENT_DAYS = 90;

export async function listEndedLinks(userId: string, now = new Date()): Promise<TEndedLink[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const grants = await db.grant.findMany({
    where: {
      userId,
      OR: [
        { status: { in: ["revoked", "expired"] }, revokedAt: { gte: since } },
        { status: "active", expiresAt: { lte: now, gte: since } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, status: true, revokedBy: true, revokedAt: true, expiresAt: true, client: { select: { clientName: true, aggregator: { select: { name: true } } } } },
  });
  return grants
    .map((g): TEndedLink => {
      const expired = g.status !== "revoked";
      return {
        grantId: g.id, service: g.client.clientName, aggregator: g.client.aggregator.name,
        kind: expired ? "expired" : "stopped",
        by: expired ? "expiry" : BY[g.revokedBy ?? ""] ?? "bank",
        endedAt: expired ? g.expiresAt : g.revokedAt ?? g.expiresAt,
      };
    })
    .sort((a, b) => b.endedAt.getTime() - a.endedAt.getTime());
}
