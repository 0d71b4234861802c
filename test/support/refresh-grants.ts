// Grants with a refresh token, made the way an aggregator gets them, through any issuer (a server, or the
// round-robin proxy in front of several): the client registers itself (RFC 7591, private_key_jwt), pushes its
// request (PAR, DPoP-bound), the authorization endpoint starts the interaction, the customer's 許可 is given in
// this process (lib/oauth/authorization-response/complete-authorization.ts, on the servers' database: call pointLibAt first), and the
// code is exchanged over HTTP. Then a refresh-token grant and a balances call, each with a fresh DPoP proof.
import { createHash, randomUUID } from "node:crypto";
import { vi } from "vitest";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { forgetProcessSingletons } from "@/lib/process/cross-bundle";
import { dpopProof, testKey, type TTestKey } from "../api/builders";
import { newAggregator } from "./new-aggregator";

const REDIRECT = "http://localhost:8080/callback";
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const verifier = () => randomUUID() + randomUUID();
const challenge = (v: string) => createHash("sha256").update(v).digest("base64url");

/** This process's lib/ on the servers' database (a PostgreSQL or SQLite URL), with their public origin. */
export function pointLibAt(databaseUrl: string, origin: string): void {
  process.env.DATABASE_URL = databaseUrl;
  process.env.RENKEI_ORIGIN = origin;
  forgetProcessSingletons("db", "institutions", "hotQueries");
  vi.resetModules();
}

export type TGrantClient = { issuer: string; clientId: string; key: CryptoKey; dpop: TTestKey };
export type TRefreshGrant = { client: TGrantClient; refreshToken: string; accessToken: string; grantId: string };

async function assertion(client: TGrantClient) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: client.clientId, sub: client.clientId, aud: client.issuer, jti: randomUUID(), iat: now, exp: now + 60 })
    .setProtectedHeader({ alg: "ES256", kid: "k1" }).sign(client.key);
}

export async function registerClient(issuer: string): Promise<TGrantClient> {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const res = await fetch(`${issuer}/oauth/register`, {
    method: "POST",
    headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
    body: JSON.stringify({ client_name: "ローリング再起動", ...newAggregator("ローリング再起動テスト株式会社"), redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] }, channels: ["personal"] }),
  });
  if (res.status !== 201) throw new Error(`registration: ${res.status} ${await res.text()}`);
  return { issuer, clientId: ((await res.json()) as { client_id: string }).client_id, key: privateKey, dpop: await testKey() };
}

/**
 * PAR and the authorization endpoint: the interaction's id and the browser cookie it is bound to. screens: where the
 * authorization endpoint is, when not at the issuer's server (a RENKEI_ROLE=portal process beside a machine one).
 */
export async function startInteraction(client: TGrantClient, screens = client.issuer): Promise<{ interactionId: string; cookie: string; verifier: string }> {
  const v = verifier();
  const parUrl = `${client.issuer}/oauth/par`;
  const pushed = await fetch(parUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", dpop: await dpopProof(client.dpop, "POST", parUrl) },
    body: new URLSearchParams({ response_type: "code", client_id: client.clientId, redirect_uri: REDIRECT, scope: "balances", state: "s1", code_challenge: challenge(v), code_challenge_method: "S256", client_assertion_type: ASSERTION_TYPE, client_assertion: await assertion(client) }),
  });
  if (pushed.status !== 201) throw new Error(`PAR: ${pushed.status} ${await pushed.text()}`);
  const { request_uri: requestUri } = (await pushed.json()) as { request_uri: string };
  const started = await fetch(`${screens}/oauth/authorize?client_id=${client.clientId}&request_uri=${encodeURIComponent(requestUri)}`, { redirect: "manual" });
  const interactionId = started.headers.get("location")?.split("/authorize/")[1];
  if (!interactionId) throw new Error(`authorize: ${started.status}`);
  const cookie = started.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return { interactionId, cookie, verifier: v };
}

export async function refreshGrant(client: TGrantClient, screens = client.issuer): Promise<TRefreshGrant> {
  const { interactionId, verifier: v } = await startInteraction(client, screens);
  const { db } = await import("@/lib/db");
  const { completeAuthorization } = await import("@/lib/oauth/authorization-response/complete-authorization");
  const user = await db.user.findFirstOrThrow({ where: { loginId: "1000000001" }, select: { id: true, contractId: true } });
  const accounts = await db.account.findMany({ where: { contractId: user.contractId }, select: { id: true } });
  const { redirectUrl, grantId } = await completeAuthorization({ interactionId, userId: user.id, scopes: ["balances"], accountIds: accounts.map((a) => a.id) });
  const code = new URL(redirectUrl).searchParams.get("code")!;
  const tokens = await tokenRequest(client, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: v });
  if (tokens.status !== 200) throw new Error(`code exchange: ${tokens.status} ${JSON.stringify(tokens.body)}`);
  return { client, grantId, refreshToken: String(tokens.body.refresh_token), accessToken: String(tokens.body.access_token) };
}

export async function tokenRequest(client: TGrantClient, form: Record<string, string>) {
  const url = `${client.issuer}/oauth/token`;
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", dpop: await dpopProof(client.dpop, "POST", url) },
    body: new URLSearchParams({ client_assertion_type: ASSERTION_TYPE, client_assertion: await assertion(client), ...form }),
  });
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: the status says enough
  }
  return { status: res.status, body, headers: res.headers };
}

/** A refresh-token grant: a new access token (the refresh token is not rotated: FAPI 2.0). */
export function refresh(grant: TRefreshGrant) {
  return tokenRequest(grant.client, { grant_type: "refresh_token", refresh_token: grant.refreshToken });
}

export async function balances(grant: TRefreshGrant, accessToken: string): Promise<Response> {
  const url = `${grant.client.issuer}/api/v1/accounts/balances`;
  return fetch(url, { headers: { authorization: `DPoP ${accessToken}`, dpop: await dpopProof(grant.client.dpop, "GET", url, accessToken) } });
}
