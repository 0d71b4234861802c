// DPoP server nonces (RFC 9449 §8): the PAR and token endpoints hand one out on every response, a
// stale or forged one gets use_dpop_nonce with a fresh one, and with RENKEI_DPOP_NONCE=required a proof
// without one is refused — which openid-client handles by itself (one retry), so the whole flow still works.
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TServer } from "../server-process";
import { extraServerPort, VITEST_DB_NAME } from "../env";
import { dpopProof, testKey } from "../api/builders";
import { consent, INITIAL_ACCESS_TOKEN, insecure, startInteraction } from "./helpers";
import { assertion, challenge, issuerOf, par, post, rawClient, REDIRECT, verifier } from "./raw-client";
import { newAggregator } from "../support/new-aggregator";

describe("DPoP nonces on the default server (offered, not required)", () => {
  it("offers a nonce, accepts a proof without one, and refuses a forged one with a fresh nonce", async () => {
    const c = await rawClient();
    const key = await testKey();
    const ok = await par(c, {}, key);
    expect(ok.status).toBe(201);
    const nonce = ok.headers.get("dpop-nonce");
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const url = `${issuerOf("sakura")}/oauth/par`;
    const body = {
      response_type: "code", client_id: c.clientId, redirect_uri: REDIRECT, scope: "balances",
      code_challenge: challenge(verifier()), code_challenge_method: "S256",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    };
    const good = await post(url, { ...body, client_assertion: await assertion(c) }, { dpop: await dpopProof(key, "POST", url, undefined, { nonce }) });
    expect(good.status).toBe(201);
    const forged = await post(url, { ...body, client_assertion: await assertion(c) }, { dpop: await dpopProof(key, "POST", url, undefined, { nonce: "A".repeat(43) }) });
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ error: "use_dpop_nonce" });
    expect(forged.headers.get("dpop-nonce")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("DPoP nonces required (RENKEI_DPOP_NONCE=required)", () => {
  let server: TServer;
  // the same database as the other tests (not re-seeded), so the consent can be completed from here
  beforeAll(async () => {
    server = await startServer(VITEST_DB_NAME, extraServerPort("dpopNonceRequired"), extraServerPort("dpopNonceRequired", 1), { RENKEI_DPOP_NONCE: "required" }, { fresh: false });
  }, 90_000);
  afterAll(() => server?.stop());

  it("refuses a proof without a nonce, and openid-client runs the whole flow by retrying once", async () => {
    const issuer = `${server.baseUrl}/sakura`;
    const { privateKey, publicKey } = await (await import("jose")).generateKeyPair("ES256", { extractable: true });
    const jwk = { ...(await (await import("jose")).exportJWK(publicKey)), alg: "ES256", kid: "k1" };
    const reg = await fetch(`${issuer}/oauth/register`, {
      method: "POST", headers: { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ client_name: "nonce家計簿", ...newAggregator("テストアグリゲーター株式会社"), redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [jwk] }, channels: ["personal"] }),
    });
    expect(reg.status).toBe(201);
    const clientId = ((await reg.json()) as { client_id: string }).client_id;

    // by hand: no nonce → use_dpop_nonce and a nonce to use
    const raw = await par({ clientId, key: privateKey, slug: "sakura", issuer }, {}, await testKey());
    expect(raw.status).toBe(400);
    expect(raw.body).toMatchObject({ error: "use_dpop_nonce" });
    expect(raw.headers.get("dpop-nonce")).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const config = await client.discovery(new URL(issuer), clientId, { token_endpoint_auth_method: "private_key_jwt" }, client.PrivateKeyJwt({ key: privateKey, kid: "k1" }), { ...insecure, algorithm: "oauth2" });
    const dpop = client.getDPoPHandle(config, await client.randomDPoPKeyPair("ES256"));
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = await client.buildAuthorizationUrlWithPAR(config, { redirect_uri: REDIRECT, scope: "balances", code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256", state }, { DPoP: dpop });
    // the consent completes in this process, which must name that server's issuer in iss (RFC 9207)
    const interactionId = await startInteraction(url);
    const origin = process.env.RENKEI_ORIGIN;
    process.env.RENKEI_ORIGIN = server.baseUrl;
    const { redirectUrl } = await consent(interactionId).finally(() => (process.env.RENKEI_ORIGIN = origin));
    const tokens = await client.authorizationCodeGrant(config, new URL(redirectUrl), { pkceCodeVerifier: verifier, expectedState: state }, undefined, { DPoP: dpop });
    expect(tokens.token_type.toLowerCase()).toBe("dpop");
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!, undefined, { DPoP: dpop });
    const api = await client.fetchProtectedResource(config, refreshed.access_token, new URL(`${issuer}/api/v1/accounts`), "GET", undefined, undefined, { DPoP: dpop });
    expect(api.status).toBe(200);
  });
});
