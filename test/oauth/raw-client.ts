// A hand-made client for the negative tests: every request built field by field, so each test can
// break exactly one thing (a claim, a header, a parameter) and assert the exact error.
import { createHash, randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { inject } from "vitest";
import { db } from "@/lib/db";
import { completeAuthorization } from "@/lib/oauth/authorization-response/complete-authorization";
import { dpopProof, testKey, type TTestKey } from "../api/builders";
import { newAggregator } from "../support/new-aggregator";

export const issuerOf = (slug: string) => `${inject("baseUrl")}/${slug}`;
const REDIRECT = "http://localhost:8080/callback";

/** issuer: set for a client of another server than the suite's (test/oauth/dpop-nonce.test.ts). */
export type TRawClient = { clientId: string; key: CryptoKey; slug: string; issuer?: string };
const issuerOfClient = (c: TRawClient) => c.issuer ?? issuerOf(c.slug);

export async function rawClient(slug = "sakura"): Promise<TRawClient> {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const res = await fetch(`${issuerOf(slug)}/oauth/register`, {
    method: "POST",
    headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
    body: JSON.stringify({ client_name: "生テスト", ...newAggregator("テストアグリゲーター株式会社"), redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] }, channels: ["personal"] }),
  });
  return { clientId: ((await res.json()) as { client_id: string }).client_id, key: privateKey, slug };
}

export async function assertion(c: TRawClient, claims: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: c.clientId, sub: c.clientId, aud: issuerOfClient(c), jti: randomUUID(), iat: now, exp: now + 60, ...claims })
    .setProtectedHeader({ alg: "ES256", kid: "k1" }).sign(c.key);
}

export async function post(url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(form) });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown>, headers: res.headers };
}

export const verifier = () => randomUUID() + randomUUID();
export const challenge = (v: string) => createHash("sha256").update(v).digest("base64url");

export async function par(c: TRawClient, overrides: Record<string, string | undefined> = {}, dpopKey?: TTestKey) {
  const v = verifier();
  const form: Record<string, string> = {};
  const base: Record<string, string | undefined> = {
    response_type: "code", client_id: c.clientId, redirect_uri: REDIRECT, scope: "balances transactions", state: "s1",
    code_challenge: challenge(v), code_challenge_method: "S256",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await assertion(c), ...overrides,
  };
  for (const [k, value] of Object.entries(base)) if (value !== undefined) form[k] = value;
  const url = `${issuerOfClient(c)}/oauth/par`;
  const res = await post(url, form, dpopKey ? { dpop: await dpopProof(dpopKey, "POST", url) } : {});
  return { ...res, verifier: v };
}

/** PAR → authorize → consent → a code bound to `dpopKey`. */
export async function code(c: TRawClient, dpopKey: TTestKey, parOverrides: Record<string, string | undefined> = {}) {
  const pushed = await par(c, parOverrides, dpopKey);
  if (pushed.status !== 201) throw new Error(`PAR failed: ${JSON.stringify(pushed.body)}`);
  const authorize = await fetch(`${issuerOf(c.slug)}/oauth/authorize?client_id=${c.clientId}&request_uri=${encodeURIComponent(String(pushed.body.request_uri))}`, { redirect: "manual" });
  const interactionId = authorize.headers.get("location")!.split("/authorize/")[1];
  const user = await db.user.findFirstOrThrow({ where: { loginId: "1000000001" }, select: { id: true, contractId: true } });
  const accounts = await db.account.findMany({ where: { contractId: user.contractId }, select: { id: true } });
  const { redirectUrl, grantId } = await completeAuthorization({ interactionId, userId: user.id, scopes: ["balances"], accountIds: accounts.map((a) => a.id) });
  return { code: new URL(redirectUrl).searchParams.get("code")!, verifier: pushed.verifier, grantId };
}

export async function tokenRequest(c: TRawClient, form: Record<string, string>, dpopKey: TTestKey | null, proofOverrides: Record<string, unknown> = {}, assertionClaims: Record<string, unknown> = {}) {
  const url = `${issuerOf(c.slug)}/oauth/token`;
  const headers: Record<string, string> = dpopKey ? { dpop: await dpopProof(dpopKey, "POST", url, undefined, proofOverrides) } : {};
  return post(url, { client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await assertion(c, assertionClaims), ...form }, headers);
}

export { testKey, REDIRECT };
