// The built-in demo aggregator as an OAuth client of this server, through openid-client v6 on the
// server side: private_key_jwt with the seeded key, DPoP, PKCE, PAR. Plain http is allowed only for a
// loopback issuer (the demo and tests); a real deployment's issuer is https.
import "server-only";
import * as client from "openid-client";
import { importJWK, type JWK } from "jose";
import { issuerFor } from "@/lib/config/origin";
import { loadOrCreateDemoAggregatorKey } from "./demo-aggregator-key";

export const DEMO_CLIENT_ID = "renkei-demo";

export async function demoClientConfig(slug: string): Promise<client.Configuration> {
  const { privateJwk } = await loadOrCreateDemoAggregatorKey();
  const key = (await importJWK(privateJwk, "ES256")) as CryptoKey;
  const issuer = new URL(issuerFor(slug));
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
  return client.discovery(issuer, DEMO_CLIENT_ID, { token_endpoint_auth_method: "private_key_jwt" }, client.PrivateKeyJwt({ key, kid: privateJwk.kid }), {
    algorithm: "oauth2",
    ...(loopback && issuer.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : {}),
  });
}

export async function dpopHandle(config: client.Configuration, privateJwk: JWK) {
  const { d: _d, ...publicJwk } = privateJwk;
  const privateKey = (await importJWK(privateJwk, "ES256", { extractable: true })) as CryptoKey;
  const publicKey = (await importJWK(publicJwk, "ES256", { extractable: true })) as CryptoKey;
  return client.getDPoPHandle(config, { privateKey, publicKey });
}
