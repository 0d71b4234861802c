// refresh_token grant (RFC 6749 §6) under FAPI 2.0: the refresh token is not rotated (FAPI 2.0
// §5.3.2.1 item 3) and lives as long as the grant (90 days by default). The checks:
//   1. the token exists, was issued to this client, and is neither revoked nor expired
//   2. the grant is active and unexpired
//   3. the same DPoP key / certificate the token is bound to            (RFC 9449 §5, RFC 8705 §3)
//   4. a scope, when asked, is within the grant's                        (RFC 6749 §6)
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { hashToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { TAuthenticatedClient } from "./authenticate-client";
import { InvalidGrant, InvalidScope } from "./errors";
import { issueAccessToken, tokenType } from "./issue-access-token";
import type { TBinding } from "./sender-binding";

type TRefreshRow = {
  grantId: string; clientId: string; jkt: string | null; certThumbprint: string | null; revokedAt: Date | null; expiresAt: Date;
  grantStatus: string; grantExpiresAt: Date; grantScopes: string; grantInstitutionId: string;
};

export async function refreshGrant(
  institution: TInstitution,
  client: TAuthenticatedClient,
  form: { refresh_token: string; scope?: string },
  binding: TBinding,
  ip: string,
) {
  const now = new Date();
  const [row] = await db.$queryRaw<TRefreshRow[]>(Prisma.sql`
    SELECT t."grantId", t."clientId", t."jkt", t."certThumbprint", t."revokedAt", t."expiresAt",
      g."status" AS "grantStatus", g."expiresAt" AS "grantExpiresAt", g."scopes" AS "grantScopes", g."institutionId" AS "grantInstitutionId"
    FROM "RefreshToken" t JOIN "Grant" g ON g."id" = t."grantId"
    WHERE t."tokenHash" = ${hashToken(form.refresh_token)}`);
  if (!row || row.clientId !== client.id || row.grantInstitutionId !== institution.id) throw new InvalidGrant("the refresh token is invalid");
  if (row.revokedAt || row.expiresAt < now || row.grantStatus !== "active" || row.grantExpiresAt < now) {
    throw new InvalidGrant("the refresh token has been revoked or has expired");
  }
  if (row.jkt && row.jkt !== binding.jkt) throw new InvalidGrant("the DPoP key does not match the refresh token's");
  if (row.certThumbprint && row.certThumbprint !== binding.certThumbprint) throw new InvalidGrant("the client certificate does not match the refresh token's");

  const granted = row.grantScopes.split(" ");
  let scopes = row.grantScopes;
  if (form.scope !== undefined) {
    const asked = form.scope.split(" ").filter(Boolean);
    if (asked.length === 0 || asked.some((s) => !granted.includes(s))) throw new InvalidScope("scope exceeds the grant");
    scopes = asked.join(" ");
  }
  const access = await db.$transaction(async (tx) => {
    const issued = await issueAccessToken(tx, {
      grantId: row.grantId, clientId: client.id, scopes, binding, lifetimeSeconds: institution.settings.api.accessTokenSeconds,
    });
    await appendAuditEvent(tx, {
      institutionId: institution.id, actorType: "aggregator", actorId: client.clientId, action: "token.refreshed",
      targetType: "grant", targetId: row.grantId, ip,
    });
    return issued;
  });
  return { access_token: access.token, token_type: tokenType(binding), expires_in: access.expiresIn, scope: scopes, grant_id: row.grantId };
}
