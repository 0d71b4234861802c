// FAPI Grant Management 1.0 §6: query (GET) and revoke (DELETE) a grant at {issuer}/grants/{grant_id}.
// The client proves itself with a DPoP-bound access token of its own (any of its grants at this
// institution); it may manage only its own grants — another client's grant answers 404 like an unknown one.
import "server-only";
import { db } from "@/lib/db";
import { authenticateResourceRequest } from "@/lib/oauth/resource-access/authenticate-resource-request";
import { NotFound } from "@/lib/oauth/errors/oauth-errors";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { clientIp } from "@/lib/http/client-ip";
import { revokeGrant } from "@/lib/oauth/grants/revoke-grant";

async function ownGrant(ctx: TRequestContext, grantId: string) {
  const { institution } = ctx;
  const caller = await authenticateResourceRequest(ctx, null);
  const grant = await db.grant.findUnique({
    where: { id: grantId },
    select: {
      id: true, scopes: true, status: true, createdAt: true, expiresAt: true, institutionId: true,
      client: { select: { clientId: true } },
      accounts: { select: { account: { select: { id: true, branchCode: true, accountTypeCode: true, accountNumber: true } } } },
    },
  });
  if (!grant || grant.client.clientId !== caller.clientId || grant.institutionId !== institution.id) throw new NotFound("unknown grant");
  return { grant, caller };
}

export async function queryGrant(ctx: TRequestContext, grantId: string) {
  const { grant } = await ownGrant(ctx, grantId);
  return {
    grant_id: grant.id,
    status: grant.status,
    scopes: [{ scope: grant.scopes }],
    authorization_details: [{ type: "account_information", accounts: grant.accounts.map((a) => ({ accountId: a.account.id, branchCode: a.account.branchCode, accountTypeCode: a.account.accountTypeCode, accountNumber: a.account.accountNumber })) }],
    created_at: Math.floor(grant.createdAt.getTime() / 1000),
    expires_at: Math.floor(grant.expiresAt.getTime() / 1000),
  };
}

export async function deleteGrant(ctx: TRequestContext, grantId: string): Promise<void> {
  const { grant, caller } = await ownGrant(ctx, grantId);
  await db.$transaction((tx) => revokeGrant(tx, { grantId: grant.id, by: "aggregator", actorId: caller.clientId, ip: clientIp(ctx.request) }));
}
