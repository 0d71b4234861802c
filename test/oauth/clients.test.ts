// Who may do what: the sandbox client's client_secret_basic, a suspended client (refused at once
// everywhere), introspection limited to the token's own client or the bank's gateway, registration
// refusing the gateway privilege and unusable keys, and the `npm run renkei` command.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { exportJWK, generateKeyPair } from "jose";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { registerClient } from "@/lib/oauth/registration/register-client";
import { dpopProof, testKey } from "../api/builders";
import { assertion, code, issuerOf, par, post, rawClient, REDIRECT, tokenRequest } from "./raw-client";
import { newAggregator } from "../support/new-aggregator";

const JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

async function tokens(c: Awaited<ReturnType<typeof rawClient>>) {
  const key = await testKey();
  const issued = await code(c, key);
  const res = await tokenRequest(c, { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier }, key);
  expect(res.status).toBe(200);
  return { key, access: String(res.body.access_token), refresh: String(res.body.refresh_token), grantId: issued.grantId };
}

const introspect = async (c: Awaited<ReturnType<typeof rawClient>>, token: string) =>
  post(`${issuerOf(c.slug)}/oauth/introspect`, { token, client_assertion_type: JWT_BEARER, client_assertion: await assertion(c) });

describe("the sandbox client (client_secret_basic)", () => {
  it("authenticates with its secret, and a wrong secret is invalid_client", async () => {
    const url = `${issuerOf("sakura")}/oauth/par`;
    const form = { response_type: "code", redirect_uri: REDIRECT, scope: "balances", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256", dpop_jkt: (await testKey()).jkt };
    const ok = await post(url, form, { authorization: basic("renkei-sandbox", "sandbox-secret") });
    expect(ok.status).toBe(201);
    const wrong = await post(url, form, { authorization: basic("renkei-sandbox", "guess") });
    expect(wrong).toMatchObject({ status: 401, body: { error: "invalid_client", error_description: "client authentication failed" } });
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Basic /);
  });
});

describe("a suspended client", () => {
  it("is refused at once at PAR, token, refresh, introspection and the API, and works again when resumed", async () => {
    const c = await rawClient();
    const t = await tokens(c);
    const row = await db.client.findUniqueOrThrow({ where: { clientId: c.clientId }, select: { id: true } });
    await db.clientInstitution.updateMany({ where: { clientId: row.id }, data: { status: "suspended" } });

    expect((await par(c)).body).toMatchObject({ error: "invalid_client", error_description: "client is suspended at this institution" });
    expect((await tokenRequest(c, { grant_type: "refresh_token", refresh_token: t.refresh }, t.key)).body).toMatchObject({ error: "invalid_client" });
    expect((await introspect(c, t.access)).body).toMatchObject({ error: "invalid_client" });
    const api = `${inject("baseUrl")}/sakura/api/v1/accounts`;
    const refused = await fetch(api, { headers: { authorization: `DPoP ${t.access}`, dpop: await dpopProof(t.key, "GET", api, t.access) } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);

    await db.clientInstitution.updateMany({ where: { clientId: row.id }, data: { status: "active" } });
    expect((await introspect(c, t.access)).body).toMatchObject({ active: true });
    const back = await fetch(api, { headers: { authorization: `DPoP ${t.access}`, dpop: await dpopProof(t.key, "GET", api, t.access) } });
    expect(back.status).toBe(200);
  });
});

describe("introspection (RFC 7662)", () => {
  it("tells a client about its own tokens only; the bank's gateway sees every client's", async () => {
    const owner = await rawClient();
    const t = await tokens(owner);
    const stranger = await rawClient();
    expect((await introspect(owner, t.access)).body).toMatchObject({ active: true, scope: "balances", client_id: owner.clientId, token_type: "DPoP", grant_id: t.grantId, cnf: { jkt: t.key.jkt } });
    expect((await introspect(owner, t.refresh)).body).toMatchObject({ active: true, token_type: "refresh_token" });
    expect((await introspect(stranger, t.access)).body).toEqual({ active: false });
    expect((await introspect(owner, "not-a-token")).body).toEqual({ active: false });

    // the gateway is registered by the bank (operator), with the introspection scope
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const institution = await db.institution.findUniqueOrThrow({ where: { slug: "sakura" }, select: { id: true } });
    const gateway = await registerClient(
      { client_name: "API ゲートウェイ", ...newAggregator("さくら信用金庫"), redirect_uris: ["https://gateway.example/cb"], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] }, scope: "balances transactions introspection" },
      { institutionIds: [institution.id], actorType: "operator", actorId: "test", door: { kind: "operator", everyInstitution: false } },
    );
    const gw = { clientId: gateway.client_id, key: privateKey, slug: "sakura" };
    expect((await introspect(gw, t.access)).body).toMatchObject({ active: true, client_id: owner.clientId });
    const missing = await post(`${issuerOf("sakura")}/oauth/introspect`, { client_assertion_type: JWT_BEARER, client_assertion: await assertion(gw) });
    expect(missing.body).toMatchObject({ error: "invalid_request", error_description: "missing token" });
    const unauthenticated = await post(`${issuerOf("sakura")}/oauth/introspect`, { token: t.access });
    expect(unauthenticated).toMatchObject({ status: 401, body: { error: "invalid_client" } });
  });
});

describe("registration (RFC 7591)", () => {
  const base = async () => {
    const { publicKey } = await generateKeyPair("ES256");
    return { client_name: "x", ...newAggregator("x株式会社"), redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] } };
  };
  const register = async (body: unknown, token = "test-initial-access-token", slug = "sakura") =>
    fetch(`${issuerOf(slug)}/oauth/register`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });

  it("answers RFC 7591 §3.2.1 and records the aggregator, channels and 連携開始日, unlisted on 連携先一覧", async () => {
    const aggregator = newAggregator("登録テスト株式会社");
    const res = await register({ ...(await base()), ...aggregator, channels: ["corporate"] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ client_id: expect.stringMatching(/^rk_/), client_id_issued_at: expect.any(Number), token_endpoint_auth_method: "private_key_jwt", redirect_uris: [REDIRECT], channels: ["corporate"], aggregator_name: aggregator.aggregator_name });
    expect(body.client_secret).toBeUndefined();
    const row = await db.client.findUniqueOrThrow({ where: { clientId: body.client_id }, include: { aggregator: true, institutions: true } });
    expect(row.aggregator.registrationNumber).toBe(aggregator.aggregator_registration_number);
    expect(row.institutions).toHaveLength(1);
    expect(row.institutions[0]).toMatchObject({ status: "active", personalSince: null, corporateSince: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), publishedAt: null });
  });

  it.each([
    ["the gateway's introspection scope", { scope: "balances introspection" }, "invalid_client_metadata"],
    ["a key that is not a key", { jwks: { keys: [{ kty: "EC", crv: "P-256", x: "AAAA", y: "AAAA", kid: "bad" }] } }, "invalid_client_metadata"],
    ["a private key", { jwks: { keys: [{ kty: "EC", crv: "P-256", x: "AAAA", y: "AAAA", d: "AAAA" }] } }, "invalid_client_metadata"],
    ["both jwks and jwks_uri", { jwks_uri: "https://keys.example/jwks" }, "invalid_client_metadata"],
    ["tls_client_auth without a subject", { token_endpoint_auth_method: "tls_client_auth", jwks: undefined }, "invalid_client_metadata"],
    ["a redirect_uri with a fragment", { redirect_uris: ["https://app.example/cb#x"] }, "invalid_redirect_uri"],
    ["an unknown channel", { channels: ["retail"] }, "invalid_client_metadata"],
  ])("refuses %s", async (_name, overrides, error) => {
    const res = await register({ ...(await base()), ...overrides });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe(error);
  });
});

describe("npm run renkei", () => {
  const cli = (...args: string[]) => execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/renkei.ts", ...args], { env: process.env, encoding: "utf8" });

  it("iat create prints a token that registration accepts at its institution only, until iat revoke", { timeout: 60_000 }, async () => {
    const aggregator = newAggregator("x株式会社");
    const out = cli("iat", "create", "--institution", "minato", "--label", "test", "--aggregator-name", aggregator.aggregator_name, "--registration-number", aggregator.aggregator_registration_number);
    const token = out.match(/shown once\): (\S+)/)![1];
    const id = out.match(/id: (\S+)/)![1];
    const { publicKey } = await generateKeyPair("ES256");
    const body = { client_name: "x", ...aggregator, redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [await exportJWK(publicKey)] } };
    const at = (slug: string) => fetch(`${issuerOf(slug)}/oauth/register`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await at("minato")).status).toBe(201);
    expect((await at("sakura")).status).toBe(401);
    cli("iat", "revoke", id);
    const revoked = await at("minato");
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
  });

  it("client add registers a client at several institutions from a JWKS file", { timeout: 60_000 }, async () => {
    const { publicKey } = await generateKeyPair("ES256");
    const file = path.resolve(".data/test", `cli-jwks-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "cli" }] }));
    const out = cli("client", "add", "--institution", "sakura,kita", "--name", "CLI家計簿", "--aggregator", "CLIテスト株式会社", "--registration-number", "関東財務局長（電代）第5号", "--redirect-uri", "https://cli.example/cb", "--jwks-file", file, "--channels", "corporate");
    const clientId = JSON.parse(out).client_id as string;
    const row = await db.client.findUniqueOrThrow({ where: { clientId }, include: { institutions: { include: { institution: { select: { slug: true } } } } } });
    expect(row.institutions.map((i) => i.institution.slug).sort()).toEqual(["kita", "sakura"]);
    expect(JSON.parse(row.channels)).toEqual(["corporate"]);
    expect(() => cli("client", "add", "--institution", "nowhere", "--name", "x", "--aggregator", "x", "--registration-number", "x", "--redirect-uri", "https://x.example/cb", "--jwks-file", file)).toThrow();
  });
});
