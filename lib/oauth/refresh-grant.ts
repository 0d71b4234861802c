// refresh_token grant (RFC 6749 §6) under FAPI 2.0: the refresh token is not rotated (FAPI 2.0
// §5.3.2.1 item 3) and lives as long as the grant (90 days by default). The checks:
//   1. the token exists, was issued to this client, and is neither revoked nor expired
//   2. the grant is active and unexpired
//   3. the same DPoP key / certificate the token is bound to            (RFC 9449 §5, RFC 8705 §3)
//   4. a scope, when asked, is within the grant's                        (RFC 6749 §6)
// The new access token, its audit entry and the request's single-use ids are one commit
// (lib/db/hot/hot-queries.ts).
import "server-only";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { hotQueries } from "@/lib/db/hot/hot-queries";
import type { TAuthenticatedClient } from "./authenticate-client";
import { InvalidGrant, InvalidScope } from "./errors";
import { tokenType } from "./issue-access-token";
import type { TRequestContext } from "./request-context";
import type { TBinding } from "./sender-binding";

export async function refreshGrant(
  ctx: TRequestContext,
  client: TAuthenticatedClient,
  form: { refresh_token: string; scope?: string },
  binding: TBinding,
  ip: string,
) {
  const { institution } = ctx;
  const hot = await hotQueries();
  const now = new Date();
  const row = await hot.token("refresh", hashToken(form.refresh_token), institution.id);
  if (!row || row.clientRowId !== client.id || row.grantInstitutionId !== institution.id) throw new InvalidGrant("the refresh token is invalid");
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
  const accessToken = randomToken();
  const lifetime = institution.settings.api.accessTokenSeconds;
  await hot.commit(ctx.singleUse.take(), [
    {
      kind: "accessToken", tokenHash: hashToken(accessToken), grantId: row.grantId, clientId: client.id, scopes,
      jkt: binding.jkt, certThumbprint: binding.certThumbprint, codeId: null, expiresAt: new Date(now.getTime() + lifetime * 1000),
    },
    {
      kind: "audit",
      entry: { institutionId: institution.id, actorType: "aggregator", actorId: client.clientId, action: "token.refreshed", targetType: "grant", targetId: row.grantId, ip },
    },
  ]);
  return { access_token: accessToken, token_type: tokenType(binding), expires_in: lifetime, scope: scopes, grant_id: row.grantId };
}
