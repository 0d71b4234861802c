// The customer's active links (grants): service, company and 登録番号, operations, accounts, dates,
// and whether the expiry is within the institution's warning window (settings.events.expiryWarningDays,
// the same window in which the service is sent grant-expiring: lib/events/warn-expiring-grants.ts).
import "server-only";
import { db } from "@/lib/db";
import { SCOPE_LABELS, type TScope } from "@/lib/oauth/authorization-request/authorization-params";
import { accountLabel } from "@/lib/consent/list-pin-accounts";
import { expiryWarningHorizon } from "@/lib/events/expiry-warning-horizon";

export type TLink = {
  grantId: string; service: string; aggregator: string; registrationNumber: string;
  operations: string[]; accounts: string[]; grantedAt: Date; expiresAt: Date; lastAccessAt: Date | null;
  expiringSoon: boolean;
};

export async function listLinks(userId: string, warningDays: number): Promise<TLink[]> {
  const now = new Date();
  const horizon = expiryWarningHorizon(warningDays, now);
  const grants = await db.grant.findMany({
    where: { userId, status: "active", expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, scopes: true, createdAt: true, expiresAt: true, lastAccessAt: true,
      client: { select: { clientName: true, aggregator: { select: { name: true, registrationNumber: true } } } },
      accounts: { select: { account: { select: { branchName: true, branchCode: true, accountTypeName: true, accountNumber: true } } } },
    },
  });
  return grants.map((g) => ({
    grantId: g.id, service: g.client.clientName, aggregator: g.client.aggregator.name, registrationNumber: g.client.aggregator.registrationNumber,
    operations: g.scopes.split(" ").filter(Boolean).map((s) => SCOPE_LABELS[s as TScope] ?? s),
    accounts: g.accounts.map((a) => accountLabel(a.account)),
    grantedAt: g.createdAt, expiresAt: g.expiresAt, lastAccessAt: g.lastAccessAt,
    expiringSoon: g.expiresAt <= horizon,
  }));
}
