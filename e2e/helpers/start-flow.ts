// Starts a real flow as an aggregator would, with openid-client: a client of its own registered through
// dynamic registration (private_key_jwt), then PAR, PKCE and DPoP; and exchanges the code the browser
// comes back with. A fresh client per flow keeps flows apart (one grant per client and user).
import path from "node:path";
import * as client from "openid-client";
import { exportJWK, generateKeyPair } from "jose";
import { TOTP } from "otpauth";
import { newAggregator } from "../../test/support/new-aggregator";

export const ORIGIN = `http://localhost:${Number(process.env.RENKEI_TEST_PORT_BASE || 3100) + 1}`;
export const TLS_ORIGIN = `https://localhost:${Number(process.env.RENKEI_TEST_PORT_BASE || 3100) + 444}`;
/** Nothing is served here: the browser's arrival is the test's to read (a 404 page keeps the URL). */
export const REDIRECT_URI = `${ORIGIN}/test/callback`;
const dataDir = path.resolve(__dirname, "../..", process.env.RENKEI_DATA_DIR || ".data");

export function certificate(file: string) {
  return { origin: TLS_ORIGIN, certPath: path.join(dataDir, "ca/users", `${file}.pem`), keyPath: path.join(dataDir, "ca/users", `${file}.key`) };
}

/** A TOTP code for the demo secret; offset picks a neighbouring 30-second step (each code works once). */
export function totp(offsetSteps = 0): string {
  return new TOTP({ secret: "JBSWY3DPEHPK3PXP" }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

/** `origin`: another server than the e2e one (project bank-http's); its redirect_uri is then that server's /test/callback. */
export async function startFlow(slug: string, options: { channel?: "personal" | "corporate"; scope?: string; metadata?: Record<string, unknown>; origin?: string } = {}) {
  const origin = options.origin ?? ORIGIN;
  const redirectUri = `${origin}/test/callback`;
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "e2e", alg: "ES256" };
  const registration = await fetch(`${origin}/${slug}/oauth/register`, {
    method: "POST",
    headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
    body: JSON.stringify({
      client_name: "E2E 家計簿", ...newAggregator("E2Eテスト株式会社"),
      // no channels: the ones the institution offers (both at sakura and minato, 法人 at kita)
      redirect_uris: [redirectUri], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [jwk] },
      ...options.metadata,
    }),
  });
  if (registration.status !== 201) throw new Error(`registration failed: ${await registration.text()}`);
  const { client_id: clientId } = (await registration.json()) as { client_id: string };
  const config = await client.discovery(new URL(`${origin}/${slug}`), clientId, { token_endpoint_auth_method: "private_key_jwt" },
    client.PrivateKeyJwt({ key: privateKey, kid: "e2e" }), { execute: [client.allowInsecureRequests], algorithm: "oauth2" });
  const dpop = client.getDPoPHandle(config, await client.randomDPoPKeyPair("ES256"));
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = await client.buildAuthorizationUrlWithPAR(config, {
    redirect_uri: redirectUri, scope: options.scope ?? "balances transactions", state,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256",
    ...(options.channel ? { channel: options.channel } : {}),
  }, { DPoP: dpop });
  return {
    clientId,
    redirectUri,
    url: url.toString(),
    state,
    /** Calls the API as the aggregator (DPoP-bound access token, fresh proof). */
    api: (accessToken: string, path: string) => client.fetchProtectedResource(config, accessToken, new URL(`${origin}/${slug}/api/v1${path}`), "GET", undefined, undefined, { DPoP: dpop }).catch((e: { response?: Response }) => {
      if (e.response) return e.response;
      throw e;
    }),
    /** Exchanges the code of the callback URL at the token endpoint (the aggregator's side). */
    exchange: (callback: string) => client.authorizationCodeGrant(config, new URL(callback), { pkceCodeVerifier: verifier, expectedState: state }, undefined, { DPoP: dpop }),
  };
}
