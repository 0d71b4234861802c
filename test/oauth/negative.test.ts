// Every broken request gets the exact RFC error (RFC 6749 §5.2, RFC 9126, RFC 9449, FAPI 2.0), table-driven.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { code, issuerOf, par, post, rawClient, REDIRECT, testKey, tokenRequest, assertion } from "./raw-client";
import { newAggregator } from "../support/new-aggregator";

describe("pushed authorization requests (RFC 9126, FAPI 2.0 §5.3.1)", () => {
  it.each([
    ["a redirect_uri that is not registered", { redirect_uri: "http://localhost:8080/other" }, "invalid_request"],
    ["no redirect_uri", { redirect_uri: undefined }, "invalid_request"],
    ["no PKCE", { code_challenge: undefined, code_challenge_method: undefined }, "invalid_request"],
    ["plain PKCE", { code_challenge_method: "plain" }, "invalid_request"],
    ["an unknown scope", { scope: "payments" }, "invalid_scope"],
    ["no scope", { scope: undefined }, "invalid_scope"],
    ["response_type token", { response_type: "token" }, "unsupported_response_type"],
    ["a request_uri inside the PAR", { request_uri: "urn:x" }, "invalid_request"],
    ["no client authentication", { client_assertion: undefined, client_assertion_type: undefined }, "invalid_client"],
    ["a channel the client is not registered for", { channel: "corporate" }, "unauthorized_client"],
    ["malformed authorization_details", { authorization_details: "{" }, "invalid_authorization_details"],
  ])("refuses %s", async (_name, overrides, error) => {
    const c = await rawClient();
    const res = await par(c, overrides as Record<string, string | undefined>);
    expect(res.body.error).toBe(error);
    expect(res.status).toBe(error === "invalid_client" ? 401 : 400);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a parameter sent twice", async () => {
    const c = await rawClient();
    const res = await fetch(`${issuerOf("sakura")}/oauth/par`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `client_id=${c.clientId}&scope=balances&scope=transactions` });
    expect(await res.json()).toMatchObject({ error: "invalid_request" });
  });
});

/** The reason an authorization request was refused (status 400, no Location), or the status otherwise. */
async function authorizeError(url: string): Promise<string> {
  const res = await fetch(url, { redirect: "manual" });
  if (res.status !== 400 || res.headers.get("location")) return `status ${res.status}`;
  return res.headers.get("x-renkei-error") ?? "no reason";
}

describe("the authorization endpoint", () => {
  it("takes no request without PAR: a Japanese error page, status 400, no redirect", async () => {
    const c = await rawClient();
    const res = await fetch(`${issuerOf("sakura")}/oauth/authorize?client_id=${c.clientId}&response_type=code&redirect_uri=${encodeURIComponent(REDIRECT)}`, { redirect: "manual" });
    expect(res.status).toBe(400);
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("お手続きに必要な情報が不足しています。");
    expect(html).toContain("※当画面は、さくら信用金庫のWebサイトです。");
    expect(html).not.toContain(REDIRECT);
  });

  it("uses a request_uri once, and refuses an unknown client without redirecting", async () => {
    const c = await rawClient();
    const pushed = await par(c);
    const url = `${issuerOf("sakura")}/oauth/authorize?client_id=${c.clientId}&request_uri=${encodeURIComponent(String(pushed.body.request_uri))}`;
    const first = await fetch(url, { redirect: "manual" });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toMatch(/\/sakura\/authorize\/[A-Za-z0-9_-]{40,}$/);
    expect(first.headers.get("set-cookie")).toMatch(/renkei_browser=/);
    expect(await authorizeError(url)).toBe("invalid_request_uri");
    expect(await authorizeError(url.replace(c.clientId, "nobody"))).toBe("unknown_client");
  });

  it("refuses a request_uri pushed by another client", async () => {
    const a = await rawClient();
    const b = await rawClient();
    const pushed = await par(a);
    expect(await authorizeError(`${issuerOf("sakura")}/oauth/authorize?client_id=${b.clientId}&request_uri=${encodeURIComponent(String(pushed.body.request_uri))}`)).toBe("invalid_request_uri");
  });
});

describe("the token endpoint", () => {
  it("refuses a wrong code_verifier", async () => {
    const c = await rawClient();
    const key = await testKey();
    const issued = await code(c, key);
    const res = await tokenRequest(c, { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: "x".repeat(43) }, key);
    expect(res.body).toMatchObject({ error: "invalid_grant", error_description: "code_verifier does not match the code_challenge" });
  });

  it("refuses an expired code", async () => {
    const c = await rawClient();
    const key = await testKey();
    const issued = await code(c, key);
    await db.authorizationCode.updateMany({ where: { grantId: issued.grantId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await tokenRequest(c, { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier }, key);
    expect(res.body).toMatchObject({ error: "invalid_grant", error_description: "the authorization code has expired" });
  });

  it("revokes everything a replayed code issued", async () => {
    const c = await rawClient();
    const key = await testKey();
    const issued = await code(c, key);
    const form = { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier };
    const first = await tokenRequest(c, form, key);
    expect(first.status).toBe(200);
    const second = await tokenRequest(c, form, key);
    expect(second.body.error).toBe("invalid_grant");
    const grant = await db.grant.findUniqueOrThrow({ where: { id: issued.grantId } });
    expect(grant).toMatchObject({ status: "revoked", revokedBy: "replay" });
    const refresh = await tokenRequest(c, { grant_type: "refresh_token", refresh_token: String(first.body.refresh_token) }, key);
    expect(refresh.body.error).toBe("invalid_grant");
  });

  it("refuses a DPoP key other than the one dpop_jkt bound the code to", async () => {
    const c = await rawClient();
    const issued = await code(c, await testKey());
    const res = await tokenRequest(c, { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier }, await testKey());
    expect(res.body.error).toBe("invalid_grant");
  });

  it.each([
    ["a reused jti", "reuse", "invalid_client"],
    ["a wrong aud", { aud: "https://elsewhere.example/token" }, "invalid_client"],
    ["an expired assertion", { exp: Math.floor(Date.now() / 1000) - 10 }, "invalid_client"],
    ["an assertion living too long", { exp: Math.floor(Date.now() / 1000) + 3600 }, "invalid_client"],
  ])("refuses a client assertion with %s", async (_name, claims, error) => {
    const c = await rawClient();
    const url = `${issuerOf("sakura")}/oauth/token`;
    const form = { grant_type: "refresh_token", refresh_token: "x".repeat(43), client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" };
    let res;
    if (claims === "reuse") {
      const jwt = await assertion(c);
      await post(url, { ...form, client_assertion: jwt });
      res = await post(url, { ...form, client_assertion: jwt });
    } else {
      res = await post(url, { ...form, client_assertion: await assertion(c, claims as Record<string, unknown>) });
    }
    expect(res.body.error).toBe(error);
    expect(res.status).toBe(401);
  });

  it.each([
    ["a wrong htu", { htu: "http://localhost:1/sakura/oauth/token" }],
    ["a wrong htm", { htm: "GET" }],
    ["a stale iat", { iat: Math.floor(Date.now() / 1000) - 3600 }],
    ["no jti", { jti: undefined }],
  ])("refuses a DPoP proof with %s", async (_name, overrides) => {
    const c = await rawClient();
    const key = await testKey();
    const issued = await code(c, key);
    const res = await tokenRequest(c, { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier }, key, overrides);
    expect(res.body.error).toBe("invalid_dpop_proof");
  });

  it("refuses a reused DPoP proof and a refresh with another key", async () => {
    const c = await rawClient();
    const key = await testKey();
    const issued = await code(c, key);
    const url = `${issuerOf("sakura")}/oauth/token`;
    const { dpopProof } = await import("../api/builders");
    const proof = await dpopProof(key, "POST", url);
    const form = { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier, client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" };
    const first = await post(url, { ...form, client_assertion: await assertion(c) }, { dpop: proof });
    expect(first.status).toBe(200);
    const replayed = await post(url, { grant_type: "refresh_token", refresh_token: String(first.body.refresh_token), client_assertion_type: form.client_assertion_type, client_assertion: await assertion(c) }, { dpop: proof });
    expect(replayed.body).toMatchObject({ error: "invalid_dpop_proof", error_description: "DPoP proof jti was already used" });
    const otherKey = await tokenRequest(c, { grant_type: "refresh_token", refresh_token: String(first.body.refresh_token) }, await testKey());
    expect(otherKey.body).toMatchObject({ error: "invalid_grant", error_description: "the DPoP key does not match the refresh token's" });
  });

  it("refuses client_secret_basic for a fapi2 client, and an unsupported grant_type", async () => {
    const c = await rawClient();
    const basic = Buffer.from(`${c.clientId}:secret`).toString("base64");
    const res = await post(`${issuerOf("sakura")}/oauth/token`, { grant_type: "refresh_token", refresh_token: "x" }, { authorization: `Basic ${basic}` });
    expect(res.body).toMatchObject({ error: "invalid_client", error_description: "a client secret is not accepted from a fapi2 client (use private_key_jwt or tls_client_auth)" });
    const grant = await tokenRequest(c, { grant_type: "password" }, null);
    expect(grant.body.error).toBe("unsupported_grant_type");
  });

  it("lets exactly one of 50 concurrent redemptions of one code get tokens", async () => {
    const c = await rawClient();
    const key = await testKey();
    const issued = await code(c, key);
    const form = { grant_type: "authorization_code", code: issued.code, redirect_uri: REDIRECT, code_verifier: issued.verifier };
    const results = await Promise.all(Array.from({ length: 50 }, () => tokenRequest(c, form, key)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200).every((r) => r.body.error === "invalid_grant")).toBe(true);
  });

  it("starts exactly one interaction from 50 concurrent uses of one request_uri", async () => {
    const c = await rawClient();
    const pushed = await par(c);
    const url = `${issuerOf("sakura")}/oauth/authorize?client_id=${c.clientId}&request_uri=${encodeURIComponent(String(pushed.body.request_uri))}`;
    const statuses = await Promise.all(Array.from({ length: 50 }, async () => (await fetch(url, { redirect: "manual" })).status));
    expect(statuses.filter((s) => s === 303)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(49);
  });
});

describe("registration (RFC 7591)", () => {
  it.each([
    ["no initial access token", {}, null, "invalid_token", 401],
    ["an http redirect_uri on a real host", { redirect_uris: ["http://aggregator.example/cb"] }, "test-initial-access-token", "invalid_redirect_uri", 400],
    ["private_key_jwt without keys", { jwks: undefined }, "test-initial-access-token", "invalid_client_metadata", 400],
    ["client_secret_basic", { token_endpoint_auth_method: "client_secret_basic" }, "test-initial-access-token", "invalid_client_metadata", 400],
  ])("refuses %s", async (_name, overrides, token, error, status) => {
    const body = { client_name: "x", ...newAggregator("x株式会社"), redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" }] }, ...overrides };
    const res = await fetch(`${issuerOf("minato")}/oauth/register`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    expect(res.status).toBe(status);
    expect((await res.json()).error).toBe(error);
  });
});
