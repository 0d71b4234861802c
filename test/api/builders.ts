// Test-data builders for the resource API: a grant with a DPoP-bound access token, made the way the
// authorization server makes them (completeAuthorization + a token row), and DPoP proofs with jose.
import { createHash, randomUUID } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { inject } from "vitest";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";

export type TTestKey = { privateKey: CryptoKey; jwk: JWK; jkt: string };

export async function testKey(): Promise<TTestKey> {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const jwk = await exportJWK(publicKey);
  return { privateKey, jwk, jkt: await calculateJwkThumbprint(jwk) };
}

export async function dpopProof(key: TTestKey, method: string, url: string, accessToken?: string, overrides: Record<string, unknown> = {}) {
  const htu = new URL(url);
  return new SignJWT({
    htm: method, htu: `${htu.origin}${htu.pathname}`, jti: randomUUID(), iat: Math.floor(Date.now() / 1000),
    ...(accessToken ? { ath: createHash("sha256").update(accessToken).digest("base64url") } : {}), ...overrides,
  }).setProtectedHeader({ alg: "ES256", typ: "dpop+jwt", jwk: key.jwk }).sign(key.privateKey);
}

export async function seedGrant(options: { loginId?: string; clientId?: string; scopes?: string; accountCount?: number; status?: string; expiresAt?: Date; key?: TTestKey } = {}) {
  const { loginId = "1000000001", clientId = "renkei-demo", scopes = "balances transactions", status = "active" } = options;
  const user = await db.user.findFirstOrThrow({ where: { loginId }, select: { id: true, institutionId: true, contractId: true } });
  const client = await db.client.findUniqueOrThrow({ where: { clientId }, select: { id: true } });
  const accounts = await db.account.findMany({ where: { contractId: user.contractId }, select: { id: true }, orderBy: { accountNumber: "asc" } });
  const chosen = accounts.slice(0, options.accountCount ?? accounts.length);
  const key = options.key ?? (await testKey());
  const grantId = randomToken(16);
  const token = randomToken();
  await db.grant.create({
    data: {
      id: grantId, institutionId: user.institutionId, clientId: client.id, userId: user.id, scopes, status, dpopJkt: key.jkt,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 90 * 86_400_000),
      accounts: { create: chosen.map((a) => ({ accountId: a.id })) },
    },
  });
  await db.accessToken.create({ data: { tokenHash: hashToken(token), grantId, clientId: client.id, scopes, jkt: key.jkt, expiresAt: new Date(Date.now() + 300_000) } });
  const institution = await db.institution.findUniqueOrThrow({ where: { id: user.institutionId }, select: { slug: true } });
  return { grantId, token, key, accountIds: chosen.map((a) => a.id), otherAccountIds: accounts.slice(chosen.length).map((a) => a.id), slug: institution.slug };
}

/** GET an API path with the grant's token and a fresh DPoP proof. */
export async function apiGet(grant: { token: string; key: TTestKey; slug: string }, path: string) {
  const url = `${inject("baseUrl")}/${grant.slug}/api/v1${path}`;
  return fetch(url, { headers: { authorization: `DPoP ${grant.token}`, dpop: await dpopProof(grant.key, "GET", url, grant.token) } });
}
