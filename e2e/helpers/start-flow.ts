// Starts a real flow as the seeded demo aggregator (renkei-demo: private_key_jwt with its key from the
// data folder, PAR, PKCE, DPoP) with openid-client, and exchanges the code the browser comes back with.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as client from "openid-client";
import { importJWK, type JWK } from "jose";
import { TOTP } from "otpauth";

export const ORIGIN = `http://localhost:${Number(process.env.RENKEI_TEST_PORT_BASE || 3100) + 1}`;
export const TLS_ORIGIN = `https://localhost:${Number(process.env.RENKEI_TEST_PORT_BASE || 3100) + 444}`;
export const REDIRECT_URI = `${ORIGIN}/demo/callback`;
const dataDir = path.resolve(__dirname, "../..", process.env.RENKEI_DATA_DIR || ".data");

export function certificate(file: string) {
  return { origin: TLS_ORIGIN, certPath: path.join(dataDir, "ca/users", `${file}.pem`), keyPath: path.join(dataDir, "ca/users", `${file}.key`) };
}

/** A TOTP code for the demo secret; offset picks a neighbouring 30-second step (each code works once). */
export function totp(offsetSteps = 0): string {
  return new TOTP({ secret: "JBSWY3DPEHPK3PXP" }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

export async function startFlow(slug: string, options: { channel?: "personal" | "corporate"; scope?: string } = {}) {
  const jwk = JSON.parse(readFileSync(path.join(dataDir, "demo-aggregator/private-key.jwk.json"), "utf8")) as JWK;
  const key = await importJWK(jwk, "ES256");
  const config = await client.discovery(new URL(`${ORIGIN}/${slug}`), "renkei-demo", { token_endpoint_auth_method: "private_key_jwt" },
    client.PrivateKeyJwt({ key: key as CryptoKey, kid: jwk.kid }), { execute: [client.allowInsecureRequests], algorithm: "oauth2" });
  const dpop = client.getDPoPHandle(config, await client.randomDPoPKeyPair("ES256"));
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = await client.buildAuthorizationUrlWithPAR(config, {
    redirect_uri: REDIRECT_URI, scope: options.scope ?? "balances transactions", state,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: "S256",
    ...(options.channel ? { channel: options.channel } : {}),
  }, { DPoP: dpop });
  return {
    url: url.toString(),
    state,
    /** Exchanges the code of the callback URL at the token endpoint (the aggregator's side). */
    exchange: (callback: string) => client.authorizationCodeGrant(config, new URL(callback), { pkceCodeVerifier: verifier, expectedState: state }, undefined, { DPoP: dpop }),
  };
}
