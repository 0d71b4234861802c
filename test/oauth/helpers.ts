// Builders for the OAuth tests: a registered private_key_jwt client (through real dynamic
// registration), an openid-client configuration for it, and a flow run up to the code.
import { amrOf } from "@/lib/auth/amr";
import * as client from "openid-client";
import { exportJWK, generateKeyPair, type CryptoKey } from "jose";
import { inject } from "vitest";
import { db } from "@/lib/db";
import { completeAuthorization } from "@/lib/oauth/authorization-response/complete-authorization";
import { newAggregator } from "../support/new-aggregator";

export const baseUrl = () => inject("baseUrl");
export const issuerOf = (slug: string) => `${baseUrl()}/${slug}`;
export const INITIAL_ACCESS_TOKEN = "test-initial-access-token";
export const insecure = { execute: [client.allowInsecureRequests] };

export type TTestClient = { clientId: string; privateKey: CryptoKey; config: client.Configuration; redirectUri: string; registered: Record<string, unknown> };

export async function registerTestClient(slug = "sakura", overrides: Record<string, unknown> = {}, alg: "ES256" | "PS256" | "EdDSA" = "ES256"): Promise<TTestClient> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), alg, use: "sig", kid: `k-${Math.random().toString(36).slice(2)}` };
  const redirectUri = "http://localhost:8080/callback";
  const res = await fetch(`${issuerOf(slug)}/oauth/register`, {
    method: "POST",
    headers: { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      client_name: "テスト家計簿", ...newAggregator("テストアグリゲーター株式会社"),
      redirect_uris: [redirectUri], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [jwk] }, channels: ["personal"],
      ...overrides,
    }),
  });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  const registered = (await res.json()) as Record<string, unknown> & { client_id: string };
  const clientId = registered.client_id;
  const config = await client.discovery(new URL(issuerOf(slug)), clientId, { token_endpoint_auth_method: "private_key_jwt" },
    client.PrivateKeyJwt({ key: privateKey, kid: jwk.kid }), { ...insecure, algorithm: "oauth2" });
  return { clientId, privateKey, config, redirectUri, registered };
}

/** Follows the authorization URL like a browser and returns the interaction id the server made. */
export async function startInteraction(authorizationUrl: URL): Promise<string> {
  const res = await fetch(authorizationUrl, { redirect: "manual" });
  const location = res.headers.get("location") ?? "";
  const match = location.match(/\/authorize\/([A-Za-z0-9_-]{40,})$/);
  if (res.status !== 303 || !match) throw new Error(`authorize did not start an interaction: ${res.status} ${location}`);
  return match[1];
}

/** Completes the interaction the way the consent screens do after 許可. */
export async function consent(interactionId: string, loginId = "1000000001", scopes: ("balances" | "transactions")[] = ["balances", "transactions"]) {
  const user = await db.user.findFirstOrThrow({ where: { loginId }, select: { id: true, contractId: true } });
  const accounts = await db.account.findMany({ where: { contractId: user.contractId }, select: { id: true } });
  // as the screens complete it after 契約者ID + パスワード + ワンタイムパスワード (lib/consent/finish-interaction.ts)
  return completeAuthorization({ interactionId, userId: user.id, scopes, accountIds: accounts.map((a) => a.id), amr: amrOf(["password", "otp"]) });
}

/** PAR → authorize → consent: returns the callback URL with the code, and what the exchange needs. */
export async function runToCode(c: TTestClient, dpop: client.DPoPHandle, loginId = "1000000001") {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = await client.buildAuthorizationUrlWithPAR(c.config, {
    redirect_uri: c.redirectUri, scope: "balances transactions", code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256", state,
  }, { DPoP: dpop });
  const interactionId = await startInteraction(url);
  const { redirectUrl } = await consent(interactionId, loginId);
  return { callback: new URL(redirectUrl), verifier, state, interactionId };
}
