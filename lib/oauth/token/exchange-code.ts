// authorization_code grant (RFC 6749 §4.1.3) under FAPI 2.0. The checks:
//   1. the code exists and was issued to this client               (RFC 6749 §4.1.3)
//   2. it was not used before — a replay revokes the grant and every token it issued (RFC 6749 §4.1.2, RFC 9700 §4.5)
//   3. it has not expired (60 s)                                    (FAPI 2.0 §5.3.2.1 item 4: ≤ 60 s)
//   4. redirect_uri is the one of the authorization request         (RFC 6749 §4.1.3)
//   5. code_verifier matches the S256 challenge                     (RFC 7636 §4.6)
//   6. the DPoP key is the one dpop_jkt named                       (RFC 9449 §10.1)
//   7. the grant is still active (the customer may have stopped it)
// The code's redemption, the grant's binding, the two tokens, the audit entry and the request's single-use
// ids are one hot commit (lib/db/hot/hot-queries.ts), as in the refresh grant: the code is redeemed by a
// conditional write, so of two racing redemptions exactly one gets tokens, and a grant that ended meanwhile
// rolls the whole commit back.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { auditWrite } from "@/lib/audit/append-audit-event";
import { WriteRaced } from "@/lib/db/hot/hot-queries";
import type { TAuthenticatedClient } from "@/lib/oauth/client-authentication/authenticate-client";
import { InvalidGrant } from "@/lib/oauth/errors/oauth-errors";
import { tokenType } from "./token-type";
import { revokeForReplay } from "@/lib/oauth/grants/revoke-grant";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import type { TBinding } from "@/lib/oauth/sender-constraint/sender-binding";
import { grantIsLive, hasExpired } from "@/lib/oauth/grants/token-liveness";

const GRANT_ENDED = "the grant is no longer active";

function s256(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function exchangeCode(
  ctx: TRequestContext,
  client: TAuthenticatedClient,
  form: { code: string; redirect_uri: string; code_verifier: string },
  binding: TBinding,
  ip: string,
) {
  const { institution } = ctx;
  const now = new Date();
  const row = await db.authorizationCode.findUnique({ where: { codeHash: hashToken(form.code) }, include: { grant: true } });
  if (!row || row.clientId !== client.id || row.grant.institutionId !== institution.id) throw new InvalidGrant("the authorization code is invalid");

  // Every losing redemption is a replay and is recorded as one; the grant ends once (lib/oauth/grants/revoke-grant.ts
  // ends it in a conditional UPDATE), so twenty losers leave twenty code.replayed entries and one grant.revoked.
  const replayed = async () => {
    await revokeForReplay({ institutionId: institution.id, clientId: client.clientId, grantId: row.grantId, action: "code.replayed", ip });
    return new InvalidGrant("the authorization code was already used; the tokens it issued are revoked");
  };

  if (row.usedAt) throw await replayed();
  if (hasExpired(row.expiresAt, now)) throw new InvalidGrant("the authorization code has expired");
  if (form.redirect_uri !== row.redirectUri) throw new InvalidGrant("redirect_uri does not match the authorization request");
  if (!same(s256(form.code_verifier), row.codeChallenge)) throw new InvalidGrant("code_verifier does not match the code_challenge");
  if (row.dpopJkt && row.dpopJkt !== binding.jkt) throw new InvalidGrant("the DPoP key does not match dpop_jkt of the authorization request");

  if (!grantIsLive({ grantStatus: row.grant.status, grantExpiresAt: row.grant.expiresAt }, now)) throw new InvalidGrant(GRANT_ENDED);

  const accessToken = randomToken();
  const refreshToken = randomToken();
  const lifetime = client.policy.accessTokenSeconds;
  const { scopes } = row.grant;
  const bound = { jkt: binding.jkt, certThumbprint: binding.certThumbprint };
  try {
    await ctx.singleUse.commit([
      { kind: "consumeCode", codeId: row.id, at: now },
      { kind: "bindGrant", grantId: row.grantId, ...bound, at: now },
      { kind: "accessToken", tokenHash: hashToken(accessToken), grantId: row.grantId, clientId: client.id, scopes, ...bound, codeId: row.id, expiresAt: new Date(now.getTime() + lifetime * 1000) },
      { kind: "refreshToken", tokenHash: hashToken(refreshToken), grantId: row.grantId, clientId: client.id, scopes, ...bound, codeId: row.id, expiresAt: row.grant.expiresAt },
      auditWrite({
        institutionId: institution.id, actorType: "aggregator", actorId: client.clientId, action: "token.issued",
        targetType: "grant", targetId: row.grantId, ip, details: { grant_type: "authorization_code", bound: binding.jkt ? "dpop" : binding.certThumbprint ? "mtls" : "bearer" },
      }),
    ]);
  } catch (error) {
    if (!(error instanceof WriteRaced)) throw error;
    // lost the race to a concurrent redemption of the same code: that is a replay too
    if (error.write.kind === "consumeCode") throw await replayed();
    throw new InvalidGrant(GRANT_ENDED);
  }
  return {
    access_token: accessToken,
    token_type: tokenType(binding),
    expires_in: lifetime,
    refresh_token: refreshToken,
    scope: scopes,
    grant_id: row.grantId,
  };
}
