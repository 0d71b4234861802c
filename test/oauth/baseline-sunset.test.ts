// A baseline client past its sunset is refused everywhere with the date — the authorization endpoint
// (the error page), PAR, the token endpoint (unauthorized_client, re-register with fapi2) and the API (401)
// — and its grant keeps working once an operator switches it to fapi2 (with its registered keys). An
// institution with baseline off refuses such registrations, refuses its baseline clients, and says so in
// its metadata.
import { randomUUID } from "node:crypto";
import * as client from "openid-client";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { switchClientToFapi2 } from "@/lib/console/switch-client-to-fapi2";
import { SENDER_CONSTRAINED } from "@/lib/oauth/resource-access/authenticate-resource-request";
import { sunsetAtEndOf } from "@/lib/oauth/clients/sunset-date";
import { addDays, jstIsoDate } from "@/lib/time/jst";
import { dpopProof, testKey } from "../api/builders";
import { basicAuth, BASELINE_REDIRECT, registerBaselineClient, seedBearerGrant } from "./baseline-client";
import { baseUrl, INITIAL_ACCESS_TOKEN, issuerOf } from "./helpers";
import { challenge, post, verifier } from "./raw-client";
import { newAggregator } from "../support/new-aggregator";

const yesterday = () => jstIsoDate(addDays(new Date(), -1));
const japaneseDate = (iso: string) => { const [y, m, d] = iso.split("-").map(Number); return `${y}年${m}月${d}日`; };

describe("a baseline client past its sunset", () => {
  it("is refused at the authorization, PAR, token and API endpoints with the date, and served again as fapi2 after the operator's switch", async () => {
    const c = await registerBaselineClient("sakura");
    const grant = await seedBearerGrant(c.clientId);
    const lastDay = yesterday();
    await db.client.update({ where: { clientId: c.clientId }, data: { securityProfileSunsetAt: sunsetAtEndOf(lastDay) } });
    const description = `the baseline security profile of this client ended after ${lastDay} (JST, its sunset date); re-register the client with security_profile fapi2`;

    const page = await fetch(`${issuerOf("sakura")}/oauth/authorize?${new URLSearchParams({
      client_id: c.clientId, response_type: "code", redirect_uri: BASELINE_REDIRECT, scope: "balances", code_challenge: challenge(verifier()), code_challenge_method: "S256", state: "s",
    })}`, { redirect: "manual" });
    expect(page.status).toBe(400);
    expect(page.headers.get("location")).toBeNull();
    expect(page.headers.get("x-renkei-error")).toBe("profile_refused");
    expect(await page.text()).toContain(`連携元のサービスの接続方式（baseline）の利用期限（${japaneseDate(lastDay)}）を過ぎています。`);

    const par = await post(`${issuerOf("sakura")}/oauth/par`, {
      response_type: "code", redirect_uri: BASELINE_REDIRECT, scope: "balances", code_challenge: challenge(verifier()), code_challenge_method: "S256",
    }, { authorization: basicAuth(c) });
    expect(par).toMatchObject({ status: 400, body: { error: "unauthorized_client", error_description: description } });

    const token = await post(`${issuerOf("sakura")}/oauth/token`, { grant_type: "refresh_token", refresh_token: grant.refresh }, { authorization: basicAuth(c) });
    expect(token).toMatchObject({ status: 400, body: { error: "unauthorized_client", error_description: description } });

    const api = await fetch(`${issuerOf("sakura")}/api/v1/accounts`, { headers: { authorization: `Bearer ${grant.access}` } });
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({
      errorCode: "unauthorized",
      errorMessage: `アクセストークンが無効です。（baseline プロファイルの利用期限（${lastDay}）を過ぎています。security_profile fapi2 で登録し直してください。）`,
    });
    expect(api.headers.get("www-authenticate")).toBe(`Bearer realm="renkei", error="invalid_token", error_description="${description}"`);

    // the operator switches the client to fapi2 with the key it registered; the customer's grant goes on
    const sakura = await db.institution.findUniqueOrThrow({ where: { slug: "sakura" }, select: { id: true } });
    const scope = { operatorId: "test", loginId: "test-operator", name: "テスト", all: false, institutionIds: [sakura.id] };
    expect(await switchClientToFapi2(scope, { clientId: c.clientId, authMethod: "private_key_jwt", jwks: "", jwksUri: "", tlsSubjectDn: "" }, "127.0.0.1")).toEqual({ ok: true });
    expect(await db.client.findUniqueOrThrow({ where: { clientId: c.clientId }, omit: { clientSecretHash: false } }))
      .toMatchObject({ securityProfile: "fapi2", securityProfileSunsetAt: null, tokenEndpointAuthMethod: "private_key_jwt", clientSecretHash: null });
    expect(await db.auditEvent.count({ where: { action: "client.profile-switched", targetId: c.clientId } })).toBe(1);

    const secret = await post(`${issuerOf("sakura")}/oauth/token`, { grant_type: "refresh_token", refresh_token: grant.refresh }, { authorization: basicAuth(c) });
    expect(secret.body).toEqual({ error: "invalid_client", error_description: "a client secret is not accepted from a fapi2 client (use private_key_jwt or tls_client_auth)" });
    const bearer = await fetch(`${issuerOf("sakura")}/api/v1/accounts`, { headers: { authorization: `Bearer ${grant.access}` } });
    expect(bearer.headers.get("www-authenticate")).toBe(`DPoP algs="ES256 PS256 EdDSA", error="invalid_token", error_description="${SENDER_CONSTRAINED}"`);

    const key = await testKey();
    const tokenUrl = `${issuerOf("sakura")}/oauth/token`;
    const assertion = () => new SignJWT({ iss: c.clientId, sub: c.clientId, aud: issuerOf("sakura"), jti: randomUUID(), exp: Math.floor(Date.now() / 1000) + 60 })
      .setProtectedHeader({ alg: "ES256", kid: String(c.key.jwk.kid) }).sign(c.key.privateKey);
    const refresh = async (dpopKey = key) => post(tokenUrl, {
      grant_type: "refresh_token", refresh_token: grant.refresh, client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await assertion(),
    }, { dpop: await dpopProof(dpopKey, "POST", tokenUrl) });
    const fapi2 = await refresh();
    expect(fapi2.status).toBe(200);
    expect(fapi2.body).toMatchObject({ token_type: "DPoP", expires_in: 300, grant_id: grant.grantId });
    expect(fapi2.body.refresh_token).toBeUndefined(); // fapi2: not rotated
    const access = String(fapi2.body.access_token);
    const url = `${baseUrl()}/sakura/api/v1/accounts`;
    expect((await fetch(url, { headers: { authorization: `DPoP ${access}`, dpop: await dpopProof(key, "GET", url, access) } })).status).toBe(200);
    // the once-unbound refresh token took that key at its first fapi2 use
    expect((await refresh(await testKey())).body).toEqual({ error: "invalid_grant", error_description: "the DPoP key does not match the refresh token's" });
    expect((await refresh()).status).toBe(200);
  });

  it("is served again when the operator moves the sunset later", async () => {
    const c = await registerBaselineClient("sakura");
    const grant = await seedBearerGrant(c.clientId);
    await db.client.update({ where: { clientId: c.clientId }, data: { securityProfileSunsetAt: sunsetAtEndOf(yesterday()) } });
    const url = `${issuerOf("sakura")}/api/v1/accounts`;
    expect((await fetch(url, { headers: { authorization: `Bearer ${grant.access}` } })).status).toBe(401);
    const { moveProfileSunset } = await import("@/lib/console/move-profile-sunset");
    const sakura = await db.institution.findUniqueOrThrow({ where: { slug: "sakura" }, select: { id: true } });
    const later = jstIsoDate(addDays(new Date(), 30));
    expect(await moveProfileSunset({ operatorId: "test", loginId: "test-operator", name: "テスト", all: false, institutionIds: [sakura.id] }, { clientId: c.clientId, lastDay: later }, null)).toEqual({ ok: true, lastDay: later });
    expect((await fetch(url, { headers: { authorization: `Bearer ${grant.access}` } })).status).toBe(200);
  });
});

describe("an institution with baseline off (kita in the demo data)", () => {
  const register = (metadata: Record<string, unknown>) => fetch(`${issuerOf("kita")}/oauth/register`, {
    method: "POST", headers: { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ client_name: "x", ...newAggregator("x株式会社"), redirect_uris: [BASELINE_REDIRECT], channels: ["corporate"], ...metadata }),
  });

  it("refuses baseline registrations with invalid_client_metadata, says so in its metadata, and still registers fapi2 clients", async () => {
    const refused = await register({ security_profile: "baseline", token_endpoint_auth_method: "client_secret_basic" });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: "invalid_client_metadata", error_description: "security_profile: baseline is turned off at kita; register with security_profile fapi2" });

    const key = await testKey();
    const fapi2 = await register({ token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...key.jwk, kid: "k1" }] } });
    expect(fapi2.status).toBe(201);
    expect(await fapi2.json()).toMatchObject({ security_profile: "fapi2", require_pushed_authorization_requests: true });

    const off = await (await fetch(`${baseUrl()}/.well-known/oauth-authorization-server/kita`)).json();
    expect(off).toMatchObject({
      require_pushed_authorization_requests: true, security_profiles_supported: ["fapi2"],
      token_endpoint_auth_methods_supported: ["private_key_jwt", "tls_client_auth"], revocation_endpoint_auth_methods_supported: ["private_key_jwt", "tls_client_auth"],
    });
    const on = await (await fetch(`${baseUrl()}/.well-known/oauth-authorization-server/sakura`)).json();
    expect(on).toMatchObject({
      require_pushed_authorization_requests: false, security_profiles_supported: ["fapi2", "baseline"],
      token_endpoint_auth_methods_supported: ["private_key_jwt", "tls_client_auth", "client_secret_basic", "client_secret_post"],
    });
    // openid-client reads the same
    const discovered = await client.discovery(new URL(issuerOf("kita")), "x", undefined, undefined, { execute: [client.allowInsecureRequests], algorithm: "oauth2" });
    expect(discovered.serverMetadata().require_pushed_authorization_requests).toBe(true);
  });

  it("refuses a baseline client enabled there at the authorization, PAR and token endpoints", async () => {
    const c = await registerBaselineClient("sakura", { channels: ["personal", "corporate"] });
    const [row, kita] = await Promise.all([
      db.client.findUniqueOrThrow({ where: { clientId: c.clientId }, select: { id: true } }),
      db.institution.findUniqueOrThrow({ where: { slug: "kita" }, select: { id: true } }),
    ]);
    await db.clientInstitution.create({ data: { clientId: row.id, institutionId: kita.id, corporateSince: "2026-01-01" } });
    const description = "the baseline security profile is turned off at this institution; register the client with security_profile fapi2";
    const page = await fetch(`${issuerOf("kita")}/oauth/authorize?client_id=${c.clientId}&response_type=code&redirect_uri=${encodeURIComponent(BASELINE_REDIRECT)}`, { redirect: "manual" });
    expect(page.status).toBe(400);
    expect(page.headers.get("x-renkei-error")).toBe("profile_refused");
    expect(await page.text()).toContain("この金融機関では、連携元のサービスの接続方式（baseline）の利用を終了しています。");
    const par = await post(`${issuerOf("kita")}/oauth/par`, { response_type: "code", redirect_uri: BASELINE_REDIRECT, scope: "balances", code_challenge: challenge(verifier()), code_challenge_method: "S256" }, { authorization: basicAuth(c) });
    expect(par.body).toEqual({ error: "unauthorized_client", error_description: description });
    const token = await post(`${issuerOf("kita")}/oauth/token`, { grant_type: "refresh_token", refresh_token: "x" }, { authorization: basicAuth(c) });
    expect(token.body).toEqual({ error: "unauthorized_client", error_description: description });
  });
});
