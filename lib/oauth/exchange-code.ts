// authorization_code grant (RFC 6749 §4.1.3) under FAPI 2.0. The checks:
//   1. the code exists and was issued to this client               (RFC 6749 §4.1.3)
//   2. it was not used before — a replay revokes the grant and every token it issued (RFC 6749 §4.1.2, RFC 9700 §4.5)
//   3. it has not expired (60 s)                                    (FAPI 2.0 §5.3.2.1 item 4: ≤ 60 s)
//   4. redirect_uri is the one of the authorization request         (RFC 6749 §4.1.3)
//   5. code_verifier matches the S256 challenge                     (RFC 7636 §4.6)
//   6. the DPoP key is the one dpop_jkt named                       (RFC 9449 §10.1)
//   7. the grant is still active (the customer may have stopped it)
// The code is consumed atomically: of two racing redemptions exactly one gets tokens.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { TAuthenticatedClient } from "./authenticate-client";
import { InvalidGrant } from "./errors";
import { issueAccessToken, tokenType } from "./issue-access-token";
import { revokeForReplay } from "./revoke-grant";
import type { TRequestContext } from "./request-context";
import type { TBinding } from "./sender-binding";
import { grantIsLive, hasExpired } from "./token-liveness";

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
  // the proof's and the assertion's ids are spent before anything is decided (lib/oauth/single-use.ts)
  await ctx.singleUse.settle();
  const now = new Date();
  const row = await db.authorizationCode.findUnique({ where: { codeHash: hashToken(form.code) }, include: { grant: true } });
  if (!row || row.clientId !== client.id || row.grant.institutionId !== institution.id) throw new InvalidGrant("the authorization code is invalid");

  // Every losing redemption is a replay and is recorded as one; the grant ends once (lib/oauth/revoke-grant.ts
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

  const refreshToken = randomToken();
  const issued = await db.$transaction(async (tx) => {
    const consumed = await tx.authorizationCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (consumed.count !== 1) return null;
    const grant = await tx.grant.findUnique({ where: { id: row.grantId }, select: { status: true, expiresAt: true, scopes: true } });
    if (!grant || !grantIsLive({ grantStatus: grant.status, grantExpiresAt: grant.expiresAt }, now)) throw new InvalidGrant("the grant is no longer active");
    await tx.grant.update({ where: { id: row.grantId }, data: { dpopJkt: binding.jkt, certThumbprint: binding.certThumbprint } });
    const access = await issueAccessToken(tx, {
      grantId: row.grantId, clientId: client.id, scopes: grant.scopes, binding, codeId: row.id,
      lifetimeSeconds: client.policy.accessTokenSeconds,
    });
    await tx.refreshToken.create({
      data: {
        tokenHash: hashToken(refreshToken), grantId: row.grantId, clientId: client.id, scopes: grant.scopes,
        jkt: binding.jkt, certThumbprint: binding.certThumbprint, codeId: row.id, expiresAt: grant.expiresAt,
      },
    });
    await appendAuditEvent(tx, {
      institutionId: institution.id, actorType: "aggregator", actorId: client.clientId, action: "token.issued",
      targetType: "grant", targetId: row.grantId, ip, details: { grant_type: "authorization_code", bound: binding.jkt ? "dpop" : binding.certThumbprint ? "mtls" : "bearer" },
    });
    return { access, scopes: grant.scopes };
  });
  // lost the race to a concurrent redemption of the same code: that is a replay too
  if (!issued) throw await replayed();
  return {
    access_token: issued.access.token,
    token_type: tokenType(binding),
    expires_in: issued.access.expiresIn,
    refresh_token: refreshToken,
    scope: issued.scopes,
    grant_id: row.grantId,
  };
}
