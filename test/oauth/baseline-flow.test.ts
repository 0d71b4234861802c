// The baseline security profile end to end with openid-client v6 as an ordinary OAuth 2.0 client: no PAR
// (the authorization request as query parameters), client_secret_basic, no DPoP — Bearer tokens (RFC 6750)
// at the API, refresh tokens rotated on every use, and a reused one ending the grant (RFC 9700 §4.14.2).
import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { REFRESH_TOKEN_REUSED } from "@/lib/oauth/token/refresh-grant";
import { sunsetAfterDays } from "@/lib/oauth/clients/sunset-date";
import { basicAuth, BASELINE_REDIRECT, registerBaselineClient } from "./baseline-client";
import { consent, issuerOf, startInteraction } from "./helpers";
import { post } from "./raw-client";

async function authorizationCode(c: Awaited<ReturnType<typeof registerBaselineClient>>) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(c.config, {
    redirect_uri: BASELINE_REDIRECT, scope: "balances transactions", state,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256",
  });
  expect(url.searchParams.has("request_uri")).toBe(false);
  const { redirectUrl } = await consent(await startInteraction(url));
  return { callback: new URL(redirectUrl), verifier, state };
}

describe("a full baseline flow with openid-client", () => {
  it("registers, authorizes without PAR, calls the API with Bearer, rotates the refresh token, and a reused one ends the grant", async () => {
    const c = await registerBaselineClient("sakura");
    const issuedAt = new Date(Number(c.registered.client_id_issued_at) * 1000);
    const sunsetAt = Math.floor(sunsetAfterDays(365, issuedAt).getTime() / 1000);
    expect(c.registered).toMatchObject({
      security_profile: "baseline", token_endpoint_auth_method: "client_secret_basic", require_pushed_authorization_requests: false,
      security_profile_sunset_at: sunsetAt, client_secret_expires_at: sunsetAt,
    });
    expect(c.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    const stored = await db.client.findUniqueOrThrow({ where: { clientId: c.clientId }, omit: { clientSecretHash: false } });
    expect(stored).toMatchObject({ securityProfile: "baseline", tokenEndpointAuthMethod: "client_secret_basic" });
    expect(stored.clientSecretHash).toMatch(/^sha256\$/);
    expect(stored.clientSecretHash).not.toContain(c.clientSecret);

    const { callback, verifier, state } = await authorizationCode(c);
    expect(callback.searchParams.get("iss")).toBe(issuerOf("sakura"));
    const tokens = await client.authorizationCodeGrant(c.config, callback, { pkceCodeVerifier: verifier, expectedState: state });
    expect(tokens.token_type.toLowerCase()).toBe("bearer");
    expect(tokens.expires_in).toBe(600); // the institution's baseline.accessTokenSeconds
    expect(tokens.refresh_token).toBeTruthy();
    const grantId = (tokens as unknown as { grant_id: string }).grant_id;

    const accounts = await client.fetchProtectedResource(c.config, tokens.access_token, new URL(`${issuerOf("sakura")}/api/v1/accounts`), "GET");
    expect(accounts.status).toBe(200);
    expect(((await accounts.json()) as { accounts: unknown[] }).accounts.length).toBeGreaterThan(0);
    const introspection = await client.tokenIntrospection(c.config, tokens.access_token);
    expect(introspection).toMatchObject({ active: true, token_type: "Bearer", client_id: c.clientId, grant_id: grantId });
    expect(introspection.cnf).toBeUndefined();

    const refreshed = await client.refreshTokenGrant(c.config, tokens.refresh_token!);
    expect(refreshed.token_type.toLowerCase()).toBe("bearer");
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    const balances = await client.fetchProtectedResource(c.config, refreshed.access_token, new URL(`${issuerOf("sakura")}/api/v1/accounts/balances`), "GET");
    expect(balances.status).toBe(200);
    expect(await client.tokenIntrospection(c.config, tokens.refresh_token!)).toEqual({ active: false });
    // Grant Management takes the same Bearer token (FAPI Grant Management §6)
    const queried = await client.fetchProtectedResource(c.config, refreshed.access_token, new URL(`${issuerOf("sakura")}/grants/${grantId}`), "GET");
    expect(queried.status).toBe(200);
    expect(await queried.json()).toMatchObject({ grant_id: grantId, status: "active" });

    // the old refresh token again: two parties hold it — the grant ends, with every token it issued
    await expect(client.refreshTokenGrant(c.config, tokens.refresh_token!)).rejects.toMatchObject({ error: "invalid_grant", error_description: REFRESH_TOKEN_REUSED });
    expect(await db.grant.findUniqueOrThrow({ where: { id: grantId } })).toMatchObject({ status: "revoked", revokedBy: "replay" });
    expect(await db.auditEvent.count({ where: { action: "refresh.replayed", targetId: grantId } })).toBe(1);
    await expect(client.refreshTokenGrant(c.config, refreshed.refresh_token!)).rejects.toMatchObject({ error: "invalid_grant", error_description: "the refresh token has been revoked or has expired" });
    const after = await fetch(`${issuerOf("sakura")}/api/v1/accounts`, { headers: { authorization: `Bearer ${refreshed.access_token}` } });
    expect(after.status).toBe(401);
    expect(after.headers.get("www-authenticate")).toBe('Bearer realm="renkei", error="invalid_token", error_description="the access token is invalid, revoked or expired"');
  });

  it("lets exactly one of 20 racing uses of one refresh token get tokens, and the others end the grant", async () => {
    const c = await registerBaselineClient("sakura");
    const { callback, verifier, state } = await authorizationCode(c);
    const tokens = await client.authorizationCodeGrant(c.config, callback, { pkceCodeVerifier: verifier, expectedState: state });
    const url = `${issuerOf("sakura")}/oauth/token`;
    const results = await Promise.all(Array.from({ length: 20 }, () => post(url, { grant_type: "refresh_token", refresh_token: tokens.refresh_token! }, { authorization: basicAuth(c) })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 400 && r.body.error === "invalid_grant")).toHaveLength(19);
    const grantId = (tokens as unknown as { grant_id: string }).grant_id;
    expect(await db.grant.findUniqueOrThrow({ where: { id: grantId } })).toMatchObject({ status: "revoked", revokedBy: "replay" });
    expect(await db.refreshToken.count({ where: { grantId, rotatedAt: { not: null } } })).toBe(1);
  });

  it("takes client_secret_post and PAR too, and binds the tokens when the client sends DPoP", async () => {
    const c = await registerBaselineClient("sakura", { token_endpoint_auth_method: "client_secret_post" });
    expect(c.registered.token_endpoint_auth_method).toBe("client_secret_post");
    const dpop = client.getDPoPHandle(c.config, await client.randomDPoPKeyPair("ES256"));
    const verifier = client.randomPKCECodeVerifier();
    const url = await client.buildAuthorizationUrlWithPAR(c.config, {
      redirect_uri: BASELINE_REDIRECT, scope: "balances", code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256",
    }, { DPoP: dpop });
    const { redirectUrl } = await consent(await startInteraction(url));
    const tokens = await client.authorizationCodeGrant(c.config, new URL(redirectUrl), { pkceCodeVerifier: verifier }, undefined, { DPoP: dpop });
    expect(tokens.token_type.toLowerCase()).toBe("dpop");
    const refreshed = await client.refreshTokenGrant(c.config, tokens.refresh_token!, undefined, { DPoP: dpop });
    expect(refreshed.token_type.toLowerCase()).toBe("dpop");
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    // a DPoP-bound token is not a Bearer token, whatever the client's profile
    const bearer = await fetch(`${issuerOf("sakura")}/api/v1/accounts`, { headers: { authorization: `Bearer ${refreshed.access_token}` } });
    expect(bearer.status).toBe(401);
  });
});
