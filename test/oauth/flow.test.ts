// Real flows with openid-client v6 (an unmodified, certified client library) against the running
// server: discovery, dynamic registration, PAR, PKCE, DPoP, private_key_jwt, code exchange, refresh,
// introspection, Grant Management, revocation.
import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { baseUrl, issuerOf, registerTestClient, runToCode } from "./helpers";

describe("a full FAPI 2.0 flow with openid-client", () => {
  it.each(["sakura", "minato"])("works end to end at %s", async (slug) => {
    const c = await registerTestClient(slug);
    expect(c.config.serverMetadata().issuer).toBe(issuerOf(slug));
    // PAR is required of this client (RFC 9126 §6), not server-wide while the institution offers baseline
    expect(c.registered).toMatchObject({ security_profile: "fapi2", require_pushed_authorization_requests: true });
    expect(c.registered.client_secret).toBeUndefined();
    const dpop = client.getDPoPHandle(c.config, await client.randomDPoPKeyPair("ES256"));
    const loginId = slug === "sakura" ? "1000000001" : "1000000002";
    const { callback, verifier, state } = await runToCode(c, dpop, loginId);
    expect(callback.searchParams.get("iss")).toBe(issuerOf(slug));
    expect(callback.searchParams.get("state")).toBe(state);

    const tokens = await client.authorizationCodeGrant(c.config, callback, { pkceCodeVerifier: verifier, expectedState: state }, undefined, { DPoP: dpop });
    expect(tokens.token_type.toLowerCase()).toBe("dpop");
    expect(tokens.scope).toBe("balances transactions");
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.expires_in).toBeGreaterThan(0);
    expect(tokens.expires_in).toBeLessThanOrEqual(600);
    const grantId = (tokens as unknown as { grant_id: string }).grant_id;
    expect(grantId).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    // the grant lives the institution's 90 days
    const grant = await db.grant.findUniqueOrThrow({ where: { id: grantId } });
    expect(Math.round((grant.expiresAt.getTime() - grant.createdAt.getTime()) / 86_400_000)).toBe(90);

    const introspection = await client.tokenIntrospection(c.config, tokens.access_token);
    expect(introspection).toMatchObject({ active: true, scope: "balances transactions", client_id: c.clientId, grant_id: grantId });
    expect((introspection as { cnf?: { jkt?: string } }).cnf?.jkt).toBeTruthy();
    // how the customer authenticated for this consent (RFC 8176): password and one-time password
    expect((introspection as { amr?: string[] }).amr).toEqual(["pwd", "otp", "mfa"]);
    expect(grant.amr).toBe("pwd otp mfa");

    const refreshed = await client.refreshTokenGrant(c.config, tokens.refresh_token!, undefined, { DPoP: dpop });
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.refresh_token).toBeUndefined(); // FAPI 2.0: not rotated — the old one keeps working
    const again = await client.refreshTokenGrant(c.config, tokens.refresh_token!, undefined, { DPoP: dpop });
    expect(again.access_token).toBeTruthy();

    const queried = await client.fetchProtectedResource(c.config, refreshed.access_token, new URL(`${issuerOf(slug)}/grants/${grantId}`), "GET", undefined, undefined, { DPoP: dpop });
    expect(queried.status).toBe(200);
    expect(await queried.json()).toMatchObject({ grant_id: grantId, status: "active", scopes: [{ scope: "balances transactions" }] });

    await client.tokenRevocation(c.config, tokens.refresh_token!);
    expect(await client.tokenIntrospection(c.config, refreshed.access_token)).toMatchObject({ active: false });
    await expect(client.refreshTokenGrant(c.config, tokens.refresh_token!, undefined, { DPoP: dpop })).rejects.toMatchObject({ error: "invalid_grant" });
    expect((await db.grant.findUniqueOrThrow({ where: { id: grantId } })).revokedBy).toBe("aggregator");
  });

  it("revokes a grant through Grant Management DELETE, and the tokens stop at once", async () => {
    const c = await registerTestClient();
    const dpop = client.getDPoPHandle(c.config, await client.randomDPoPKeyPair("ES256"));
    const { callback, verifier, state } = await runToCode(c, dpop);
    const tokens = await client.authorizationCodeGrant(c.config, callback, { pkceCodeVerifier: verifier, expectedState: state }, undefined, { DPoP: dpop });
    const grantId = (tokens as unknown as { grant_id: string }).grant_id;
    const url = new URL(`${issuerOf("sakura")}/grants/${grantId}`);
    const deleted = await client.fetchProtectedResource(c.config, tokens.access_token, url, "DELETE", undefined, undefined, { DPoP: dpop });
    expect(deleted.status).toBe(204);
    const after = await client.fetchProtectedResource(c.config, tokens.access_token, url, "GET", undefined, undefined, { DPoP: dpop }).catch((e: { response: Response }) => e.response);
    expect(after.status).toBe(401);
    expect(after.headers.get("www-authenticate")).toMatch(/^DPoP .*error="invalid_token"/);
  });

  it("replaces the previous grant of the same client and user (one grant per pair)", async () => {
    const c = await registerTestClient();
    const dpop = client.getDPoPHandle(c.config, await client.randomDPoPKeyPair("ES256"));
    const first = await runToCode(c, dpop);
    const t1 = await client.authorizationCodeGrant(c.config, first.callback, { pkceCodeVerifier: first.verifier, expectedState: first.state }, undefined, { DPoP: dpop });
    const second = await runToCode(c, dpop);
    await client.authorizationCodeGrant(c.config, second.callback, { pkceCodeVerifier: second.verifier, expectedState: second.state }, undefined, { DPoP: dpop });
    const old = await db.grant.findUniqueOrThrow({ where: { id: (t1 as unknown as { grant_id: string }).grant_id } });
    expect(old).toMatchObject({ status: "replaced", revokedBy: "replaced" });
    expect(await client.tokenIntrospection(c.config, t1.access_token)).toMatchObject({ active: false });
  });

  it.each(["PS256", "EdDSA"] as const)("accepts %s client assertions", async (alg) => {
    const c = await registerTestClient("sakura", {}, alg);
    const dpop = client.getDPoPHandle(c.config, await client.randomDPoPKeyPair(alg));
    const { callback, verifier, state } = await runToCode(c, dpop);
    const tokens = await client.authorizationCodeGrant(c.config, callback, { pkceCodeVerifier: verifier, expectedState: state }, undefined, { DPoP: dpop });
    expect(tokens.access_token).toBeTruthy();
  });

  it("publishes RFC 8414 metadata at both locations", async () => {
    for (const url of [`${baseUrl()}/.well-known/oauth-authorization-server/kita`, `${baseUrl()}/kita/.well-known/oauth-authorization-server`]) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        issuer: issuerOf("kita"), authorization_response_iss_parameter_supported: true, code_challenge_methods_supported: ["S256"],
        require_pushed_authorization_requests: true, security_profiles_supported: ["fapi2"], // kita offers no baseline (prisma/seed/institutions.ts)
      });
    }
    expect((await fetch(`${baseUrl()}/.well-known/oauth-authorization-server/nope`)).status).toBe(404);
  });
});
