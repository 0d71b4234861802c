// The peer: node-oidc-provider configured like Renkei's authorization server — private_key_jwt
// (ES256), pushed authorization requests (required), DPoP-bound access tokens (5 minutes), refresh tokens without rotation (90 days),
// introspection for the token's own client, a persistent store on better-sqlite3 — and its userinfo
// endpoint as the "protected resource" (a DPoP-bound token checked against the store).
// On start it makes one grant with a refresh token and a DPoP-bound access token for the bench
// client and prints them as one JSON line; the bench then only calls the endpoints.
// env: PORT, PEER_DB (a file), CLIENT_JWK (the bench client's public key), DPOP_JKT (its DPoP key).
import { createServer } from "node:http";
import { rmSync } from "node:fs";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
import { sqliteAdapter } from "./sqlite-adapter.mjs";

const { PORT, PEER_DB, CLIENT_JWK, DPOP_JKT } = process.env;
for (const suffix of ["", "-wal", "-shm"]) rmSync(PEER_DB + suffix, { force: true });
const issuer = `http://localhost:${PORT}`;
const signing = await generateKeyPair("RS256", { extractable: true });
const CLIENT_ID = "bench-client";
const ALGS = ["ES256", "PS256", "EdDSA"];

const provider = new Provider(issuer, {
  adapter: sqliteAdapter(PEER_DB),
  clients: [{
    client_id: CLIENT_ID,
    token_endpoint_auth_method: "private_key_jwt",
    token_endpoint_auth_signing_alg: "ES256",
    jwks: { keys: [JSON.parse(CLIENT_JWK)] },
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    redirect_uris: ["http://localhost:8080/callback"],
    dpop_bound_access_tokens: true,
  }],
  clientAuthMethods: ["private_key_jwt"],
  enabledJWA: { clientAuthSigningAlgValues: ALGS, dPoPSigningAlgValues: ALGS },
  features: {
    dPoP: { enabled: true },
    pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: true },
    introspection: { enabled: true, allowedPolicy: async (ctx, client, token) => token.clientId === client.clientId },
    revocation: { enabled: true },
    userinfo: { enabled: true },
    devInteractions: { enabled: false },
  },
  rotateRefreshToken: false,
  scopes: ["openid", "offline_access", "balances", "transactions"],
  ttl: { AccessToken: 300, RefreshToken: 90 * 86_400, Grant: 90 * 86_400, AuthorizationCode: 60, Interaction: 600, Session: 86_400 },
  findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
  jwks: { keys: [{ ...(await exportJWK(signing.privateKey)), alg: "RS256", use: "sig", kid: "peer-1" }] },
  cookies: { keys: ["renkei-bench-peer-cookie-key"] },
  pkce: { required: () => true },
});

// What a finished consent leaves behind: a grant, its refresh token, and a DPoP-bound access token.
const client = await provider.Client.find(CLIENT_ID);
const accountId = "customer-1";
const grant = new provider.Grant({ accountId, clientId: CLIENT_ID });
grant.addOIDCScope("openid offline_access balances transactions");
const grantId = await grant.save();
const refreshToken = await new provider.RefreshToken({ accountId, client, grantId, scope: "offline_access balances transactions", gty: "authorization_code" }).save();
const access = new provider.AccessToken({ accountId, client, grantId, scope: "openid balances", gty: "authorization_code" });
access.setThumbprint("jkt", DPOP_JKT);
const accessToken = await access.save();

createServer(provider.callback()).listen(Number(PORT), () => {
  process.stdout.write(`${JSON.stringify({ ready: true, issuer, clientId: CLIENT_ID, refreshToken, accessToken })}\n`);
});

// a clean exit on SIGTERM, so that --profile can write its CPU profile
process.on("SIGTERM", () => process.exit(0));
