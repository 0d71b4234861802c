// refresh_token grant (RFC 6749 §6). The checks:
//   1. the token exists, was issued to this client, and is neither revoked, rotated out nor expired
//   2. the grant is active and unexpired
//   3. the same DPoP key / certificate the token is bound to            (RFC 9449 §5, RFC 8705 §3)
//   4. a scope, when asked, is within the grant's                        (RFC 6749 §6)
// By the client's profile (lib/oauth/clients/profile-policy.ts):
//   fapi2     the refresh token is not rotated (FAPI 2.0 §5.3.2.1) and lives as long as the grant. One
//             left unbound from the client's baseline days takes the key it is first used with here.
//   baseline  the refresh token is rotated on every use (RFC 9700 §4.14.2): the old one is marked rotated
//             in the same commit as its successor is written, so of two racing uses exactly one wins; the
//             other — and any later use of a rotated-out token — is a reuse, and ends the whole grant.
// The new tokens, the rotation, the audit entry and the request's single-use ids are one commit
// (lib/db/hot/hot-queries.ts).
import "server-only";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { auditWrite } from "@/lib/audit/append-audit-event";
import { hotQueries, WriteRaced, type THotWrite } from "@/lib/db/hot/hot-queries";
import type { TAuthenticatedClient } from "@/lib/oauth/client-authentication/authenticate-client";
import { InvalidGrant, InvalidScope } from "@/lib/oauth/errors/oauth-errors";
import { tokenType } from "./token-type";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { revokeForReplay } from "@/lib/oauth/grants/revoke-grant";
import type { TBinding } from "@/lib/oauth/sender-constraint/sender-binding";
import { grantIsLive, hasExpired } from "@/lib/oauth/grants/token-liveness";

export const REFRESH_TOKEN_REUSED = "the refresh token was already used; the grant and every token it issued are revoked";

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
  const tokenHash = hashToken(form.refresh_token);
  const row = await hot.token("refresh", tokenHash, institution.id);
  if (!row || row.clientRowId !== client.id || row.grantInstitutionId !== institution.id) throw new InvalidGrant("the refresh token is invalid");
  if (row.rotatedAt && !row.revokedAt) throw await reused(ctx, client, row.grantId, ip);
  if (row.revokedAt || row.rotatedAt || hasExpired(row.expiresAt, now) || !grantIsLive(row, now)) {
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
  const lifetime = client.policy.accessTokenSeconds;
  const rotate = client.policy.rotateRefreshTokens;
  const successor = rotate ? randomToken() : null;
  const writes: THotWrite[] = [{
    kind: "accessToken", tokenHash: hashToken(accessToken), grantId: row.grantId, clientId: client.id, scopes,
    jkt: binding.jkt, certThumbprint: binding.certThumbprint, codeId: null, expiresAt: new Date(now.getTime() + lifetime * 1000),
  }];
  if (successor) {
    // the successor keeps the grant's scopes and expiry (a narrower scope asked here narrows this access token only)
    writes.push(
      { kind: "rotateRefreshToken", tokenHash, at: now },
      { kind: "refreshToken", tokenHash: hashToken(successor), grantId: row.grantId, clientId: client.id, scopes: row.scopes, jkt: binding.jkt, certThumbprint: binding.certThumbprint, codeId: null, expiresAt: row.expiresAt },
    );
  } else if (!row.jkt && !row.certThumbprint && (binding.jkt || binding.certThumbprint)) {
    writes.push({ kind: "bindRefreshToken", tokenHash, jkt: binding.jkt, certThumbprint: binding.certThumbprint });
  }
  writes.push(auditWrite({
    institutionId: institution.id, actorType: "aggregator", actorId: client.clientId, action: "token.refreshed", targetType: "grant", targetId: row.grantId, ip,
    details: rotate ? { rotated: true } : {},
  }));
  try {
    await ctx.singleUse.commit(writes);
  } catch (error) {
    if (!(error instanceof WriteRaced)) throw error;
    // rotated by a racing request first: a second use of one refresh token (RFC 9700 §4.14.2)
    if (error.write.kind === "rotateRefreshToken") throw await reused(ctx, client, row.grantId, ip);
    throw new InvalidGrant("the DPoP key does not match the refresh token's");
  }
  return {
    access_token: accessToken, token_type: tokenType(binding), expires_in: lifetime, scope: scopes, grant_id: row.grantId,
    ...(successor ? { refresh_token: successor } : {}),
  };
}

/**
 * RFC 9700 §4.14.2: a rotated-out refresh token presented again means two parties hold it — the grant
 * ends, with every token it issued, and the audit log says why.
 */
async function reused(ctx: TRequestContext, client: TAuthenticatedClient, grantId: string, ip: string): Promise<InvalidGrant> {
  await revokeForReplay({ institutionId: ctx.institution.id, clientId: client.clientId, grantId, action: "refresh.replayed", ip });
  return new InvalidGrant(REFRESH_TOKEN_REUSED);
}
