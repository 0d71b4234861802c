// Every machine endpoint is one handler with two mounts (lib/endpoints/define-endpoint.ts): the
// production server's lean path and the Next route file. The suite's server takes the lean path; a
// second server on the same database sends everything through Next (RENKEI_MACHINE_PATH=next), with
// the same public origin so that proofs and audiences fit both. The same success and error requests go
// to each, each with fresh proofs and assertions; the answers must agree in status, headers and body
// (errors exactly, successes in shape — tokens and ids differ by nature).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dpopProof, seedGrant, testKey, type TTestKey } from "../api/builders";
import { assertion, challenge, rawClient, REDIRECT, verifier, type TRawClient } from "../oauth/raw-client";
import { basicAuth, registerBaselineClient, seedBearerGrant, type TBaselineClient } from "../oauth/baseline-client";
import { extraServerPort, extraServerTlsPort, VITEST_DB_NAME } from "../env";
import { startServer, type TServer } from "../server-process";
import { MACHINE_ROUTE_LIST } from "@/lib/routes/machine-routes";

const lean = inject("baseUrl");
let viaNext: TServer;
let c: TRawClient;
let key: TTestKey;
let grant: Awaited<ReturnType<typeof seedGrant>>;
let refreshToken: string;
let baseline: TBaselineClient;

beforeAll(async () => {
  viaNext = await startServer(VITEST_DB_NAME, extraServerPort("bothMounts"), extraServerTlsPort("bothMounts"), {
    RENKEI_MACHINE_PATH: "next", RENKEI_ORIGIN: lean, RENKEI_TLS_ORIGIN: inject("tlsUrl"),
  }, { fresh: false });
  c = await rawClient("sakura");
  key = await testKey();
  grant = await seedGrant({ key });
  // a refresh token of c's own, through the real code flow on the lean path
  const { code } = await import("../oauth/raw-client");
  const issued = await code(c, key);
  const { tokenRequest } = await import("../oauth/raw-client");
  const tokens = await tokenRequest(c, { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier }, key);
  refreshToken = String(tokens.body.refresh_token);
  baseline = await registerBaselineClient("sakura");
});
afterAll(() => viaNext?.stop());

type TBuilt = { method: string; path: string; headers?: Record<string, string>; body?: string };
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const assertionFields = async () => ({ client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await assertion(c) });
const proof = (method: string, path: string, token?: string) => dpopProof(key, method, `${lean}${path}`, token);

const cases: [string, () => Promise<TBuilt>][] = [
  ["PAR", async () => {
    const v = verifier();
    return { method: "POST", path: "/sakura/oauth/par", headers: { ...FORM, dpop: await proof("POST", "/sakura/oauth/par") },
      body: form({ response_type: "code", client_id: c.clientId, redirect_uri: REDIRECT, scope: "balances", code_challenge: challenge(v), code_challenge_method: "S256", ...(await assertionFields()) }) };
  }],
  ["PAR without client authentication", async () => ({ method: "POST", path: "/sakura/oauth/par", headers: FORM, body: form({ response_type: "code", client_id: c.clientId }) })],
  ["PAR with response_type token", async () => ({ method: "POST", path: "/sakura/oauth/par", headers: FORM, body: form({ response_type: "token", client_id: c.clientId, ...(await assertionFields()) }) })],
  ["PAR with GET", async () => ({ method: "GET", path: "/sakura/oauth/par" })],
  ["PAR as JSON", async () => ({ method: "POST", path: "/sakura/oauth/par", headers: { "content-type": "application/json" }, body: "{}" })],
  ["token refresh", async () => ({ method: "POST", path: "/sakura/oauth/token", headers: { ...FORM, dpop: await proof("POST", "/sakura/oauth/token") }, body: form({ grant_type: "refresh_token", refresh_token: refreshToken, ...(await assertionFields()) }) })],
  ["token with an unknown grant_type", async () => ({ method: "POST", path: "/sakura/oauth/token", headers: FORM, body: form({ grant_type: "password", ...(await assertionFields()) }) })],
  ["token without DPoP", async () => ({ method: "POST", path: "/sakura/oauth/token", headers: FORM, body: form({ grant_type: "refresh_token", refresh_token: refreshToken, ...(await assertionFields()) }) })],
  ["token with a replayed proof", async () => {
    const replayed = await proof("POST", "/sakura/oauth/token");
    await fetch(`${lean}/sakura/oauth/token`, { method: "POST", headers: { ...FORM, dpop: replayed }, body: form({ grant_type: "refresh_token", refresh_token: refreshToken, ...(await assertionFields()) }) });
    return { method: "POST", path: "/sakura/oauth/token", headers: { ...FORM, dpop: replayed }, body: form({ grant_type: "refresh_token", refresh_token: refreshToken, ...(await assertionFields()) }) };
  }],
  // a baseline client (lib/oauth/clients/profile-policy.ts): each build makes its own grant, so each mount rotates its own token
  ["baseline token refresh (client_secret_basic, no DPoP)", async () => {
    const { refresh } = await seedBearerGrant(baseline.clientId);
    return { method: "POST", path: "/sakura/oauth/token", headers: { ...FORM, authorization: basicAuth(baseline) }, body: form({ grant_type: "refresh_token", refresh_token: refresh }) };
  }],
  ["baseline refresh with a rotated-out token", async () => {
    const { refresh } = await seedBearerGrant(baseline.clientId, { rotated: true });
    return { method: "POST", path: "/sakura/oauth/token", headers: { ...FORM, authorization: basicAuth(baseline) }, body: form({ grant_type: "refresh_token", refresh_token: refresh }) };
  }],
  ["baseline client with a wrong secret", async () => ({ method: "POST", path: "/sakura/oauth/token", headers: { ...FORM, authorization: basicAuth({ clientId: baseline.clientId, clientSecret: "guess" }) }, body: form({ grant_type: "refresh_token", refresh_token: "x" }) })],
  ["token with PUT", async () => ({ method: "PUT", path: "/sakura/oauth/token", headers: FORM, body: "" })],
  ["introspection", async () => ({ method: "POST", path: "/sakura/oauth/introspect", headers: FORM, body: form({ token: "not-a-token", ...(await assertionFields()) }) })],
  ["introspection without token", async () => ({ method: "POST", path: "/sakura/oauth/introspect", headers: FORM, body: form({ ...(await assertionFields()) }) })],
  ["revocation of an unknown token", async () => ({ method: "POST", path: "/sakura/oauth/revoke", headers: FORM, body: form({ token: "unknown", ...(await assertionFields()) }) })],
  ["revocation with a bad hint", async () => ({ method: "POST", path: "/sakura/oauth/revoke", headers: FORM, body: form({ token: "x", token_type_hint: "id_token", ...(await assertionFields()) }) })],
  ["registration without an initial access token", async () => ({ method: "POST", path: "/sakura/oauth/register", headers: { "content-type": "application/json" }, body: "{}" })],
  ["registration with a body that is not JSON", async () => ({ method: "POST", path: "/sakura/oauth/register", headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" }, body: "{" })],
  ["registration with missing metadata", async () => ({ method: "POST", path: "/sakura/oauth/register", headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" }, body: JSON.stringify({ client_name: "x" }) })],
  ["grant query", async () => ({ method: "GET", path: `/sakura/grants/${grant.grantId}`, headers: { authorization: `DPoP ${grant.token}`, dpop: await proof("GET", `/sakura/grants/${grant.grantId}`, grant.token) } })],
  ["grant query of an unknown grant", async () => ({ method: "GET", path: "/sakura/grants/no-such-grant", headers: { authorization: `DPoP ${grant.token}`, dpop: await proof("GET", "/sakura/grants/no-such-grant", grant.token) } })],
  ["grant with POST", async () => ({ method: "POST", path: `/sakura/grants/${grant.grantId}`, headers: FORM, body: "" })],
  ["accounts", async () => ({ method: "GET", path: "/sakura/api/v1/accounts", headers: { authorization: `DPoP ${grant.token}`, dpop: await proof("GET", "/sakura/api/v1/accounts", grant.token) } })],
  ["balances", async () => ({ method: "GET", path: "/sakura/api/v1/accounts/balances", headers: { authorization: `DPoP ${grant.token}`, dpop: await proof("GET", "/sakura/api/v1/accounts/balances", grant.token) } })],
  ["transactions of today", async () => ({ method: "GET", path: `/sakura/api/v1/accounts/transactions?accountId=${grant.accountIds[0]}`, headers: { authorization: `DPoP ${grant.token}`, dpop: await proof("GET", "/sakura/api/v1/accounts/transactions", grant.token) } })],
  ["transactions without accountId", async () => ({ method: "GET", path: "/sakura/api/v1/accounts/transactions", headers: { authorization: `DPoP ${grant.token}`, dpop: await proof("GET", "/sakura/api/v1/accounts/transactions", grant.token) } })],
  ["balances without a token", async () => ({ method: "GET", path: "/sakura/api/v1/accounts/balances" })],
  ["balances with a Bearer token", async () => ({ method: "GET", path: "/sakura/api/v1/accounts/balances", headers: { authorization: `Bearer ${grant.token}` } })],
  ["accounts with a baseline client's Bearer token", async () => {
    const { access } = await seedBearerGrant(baseline.clientId);
    return { method: "GET", path: "/sakura/api/v1/accounts", headers: { authorization: `Bearer ${access}` } };
  }],
  ["grant query with a baseline client's Bearer token", async () => {
    const { access, grantId } = await seedBearerGrant(baseline.clientId);
    return { method: "GET", path: `/sakura/grants/${grantId}`, headers: { authorization: `Bearer ${access}` } };
  }],
  ["balances with POST", async () => ({ method: "POST", path: "/sakura/api/v1/accounts/balances", headers: FORM, body: "" })],
  ["an unknown institution's token endpoint", async () => ({ method: "POST", path: "/nowhere/oauth/token", headers: FORM, body: "" })],
  ["an unknown institution's API", async () => ({ method: "GET", path: "/nowhere/api/v1/accounts" })],
  ["metadata", async () => ({ method: "GET", path: "/.well-known/oauth-authorization-server/sakura" })],
  ["metadata under the issuer", async () => ({ method: "GET", path: "/sakura/.well-known/oauth-authorization-server" })],
  ["jwks", async () => ({ method: "GET", path: "/sakura/oauth/jwks" })],
];

// hop-by-hop and per-moment headers, and Next's own Vary (its RSC cache key, which Next adds to every
// answer it routes); everything else must be the same on both mounts (X-Request-Id is on both, one per request)
const PER_CONNECTION = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "vary"]);
const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([name]) => !PER_CONNECTION.has(name)).map(([n, v]) => [n, n === "dpop-nonce" ? "(nonce)" : n === "x-request-id" ? "(request id)" : v]));
const shapeOf = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(shapeOf) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)])) : typeof value;

async function send(base: string, build: () => Promise<TBuilt>) {
  const { method, path, headers, body } = await build();
  const res = await fetch(`${base}${path}`, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : body, redirect: "manual" });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: compared as text
  }
  return { status: res.status, headers: headersOf(res), body: res.status >= 400 ? json : shapeOf(json) };
}

describe("each machine endpoint answers alike on the lean path and through Next", () => {
  it.each(cases)("%s", async (_name, build) => {
    const onLean = await send(lean, build);
    const onNext = await send(viaNext.baseUrl, build);
    expect(onNext).toEqual(onLean);
  });

  // Every route of the one list (lib/routes/machine-routes.json), whatever cases above name: the same
  // answer on both mounts to a request without credentials, and the same 413 to a body over 1 MiB.
  const concrete = (pattern: string) => pattern.replace(":institution", "sakura").replace(/:[A-Za-z]+/g, "some-id");
  const OVERSIZED = "a=" + "x".repeat(1024 * 1024);
  it.each(MACHINE_ROUTE_LIST.map((route) => [route.name, concrete(route.path)]))("%s (%s) from the one list", async (_name, path) => {
    const plain = async () => ({ method: "GET", path });
    expect(await send(viaNext.baseUrl, plain)).toEqual(await send(lean, plain));
    const oversized = async () => ({ method: "POST", path, headers: FORM, body: OVERSIZED });
    const onLean = await send(lean, oversized);
    expect(onLean.status).toBe(413);
    expect(await send(viaNext.baseUrl, oversized)).toEqual(onLean);
  });

  it("are the lean path's: the suite's server answers them without Next", async () => {
    // Next adds its RSC Vary to every answer it routes; the lean path sends the endpoint's own headers only
    const viaLean = await fetch(`${lean}/sakura/oauth/jwks`);
    const throughNext = await fetch(`${viaNext.baseUrl}/sakura/oauth/jwks`);
    expect(throughNext.headers.get("vary") ?? "").toMatch(/rsc/i);
    expect(viaLean.headers.get("vary") ?? "").not.toMatch(/rsc/i);
    expect(viaLean.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});
