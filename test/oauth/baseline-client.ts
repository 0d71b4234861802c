// Builders for the baseline-profile tests: a baseline client registered through real dynamic
// registration (its secret returned once), an openid-client configuration for it (client_secret_basic,
// no PAR, no DPoP), and a grant with unbound (Bearer) tokens made directly, as the token endpoint makes them.
import * as client from "openid-client";
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { INITIAL_ACCESS_TOKEN, insecure, issuerOf } from "./helpers";
import { newAggregator } from "../support/new-aggregator";

export const BASELINE_REDIRECT = "http://localhost:8080/callback";

export type TBaselineClient = {
  clientId: string;
  clientSecret: string;
  slug: string;
  registered: Record<string, unknown>;
  config: client.Configuration;
  /** the client's own signing key, registered beside the secret for a later switch to fapi2 */
  key: { privateKey: CryptoKey; jwk: JWK };
};

export async function registerBaselineClient(slug = "sakura", overrides: Record<string, unknown> = {}): Promise<TBaselineClient> {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), alg: "ES256", kid: `k-${Math.random().toString(36).slice(2)}` };
  const res = await fetch(`${issuerOf(slug)}/oauth/register`, {
    method: "POST",
    headers: { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      client_name: "移行中の家計簿", ...newAggregator("移行中アグリゲーター株式会社"),
      redirect_uris: [BASELINE_REDIRECT], security_profile: "baseline", token_endpoint_auth_method: "client_secret_basic",
      jwks: { keys: [jwk] }, channels: ["personal"], ...overrides,
    }),
  });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  const registered = (await res.json()) as Record<string, unknown> & { client_id: string; client_secret: string; token_endpoint_auth_method: string };
  const auth = registered.token_endpoint_auth_method === "client_secret_post" ? client.ClientSecretPost(registered.client_secret) : client.ClientSecretBasic(registered.client_secret);
  const config = await client.discovery(new URL(issuerOf(slug)), registered.client_id, { token_endpoint_auth_method: registered.token_endpoint_auth_method }, auth, { ...insecure, algorithm: "oauth2" });
  return { clientId: registered.client_id, clientSecret: registered.client_secret, slug, registered, config, key: { privateKey, jwk } };
}

export const basicAuth = (c: Pick<TBaselineClient, "clientId" | "clientSecret">) => `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`).toString("base64")}`;

/** A grant of the client for the demo user 1000000001 with an unbound access token and refresh token. */
export async function seedBearerGrant(clientId: string, options: { rotated?: boolean } = {}) {
  const user = await db.user.findFirstOrThrow({ where: { loginId: "1000000001" }, select: { id: true, institutionId: true, contractId: true } });
  const row = await db.client.findUniqueOrThrow({ where: { clientId }, select: { id: true } });
  const accounts = await db.account.findMany({ where: { contractId: user.contractId }, select: { id: true } });
  const grantId = randomToken(16);
  const access = randomToken();
  const refresh = randomToken();
  const expiresAt = new Date(Date.now() + 90 * 86_400_000);
  const scopes = "balances transactions";
  await db.grant.create({
    data: { id: grantId, institutionId: user.institutionId, clientId: row.id, userId: user.id, scopes, expiresAt, accounts: { create: accounts.map((a) => ({ accountId: a.id })) } },
  });
  await db.accessToken.create({ data: { tokenHash: hashToken(access), grantId, clientId: row.id, scopes, expiresAt: new Date(Date.now() + 600_000) } });
  await db.refreshToken.create({ data: { tokenHash: hashToken(refresh), grantId, clientId: row.id, scopes, expiresAt, rotatedAt: options.rotated ? new Date() : null } });
  return { grantId, access, refresh };
}
