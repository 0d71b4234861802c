// What the limits and usage tests share: a statement on a server's database (SQLite file or PostgreSQL), a
// client of their own registered over HTTP, a grant with a DPoP-bound access token written as the token
// endpoint writes one, an API call with a fresh proof, and the `renkei` command against that database.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { dpopProof, testKey, type TTestKey } from "../api/builders";
import { newAggregator } from "../support/new-aggregator";
import { outsideSql } from "../support/outside-sql";

const root = path.resolve(__dirname, "../..");

/** One statement on the database at `url`, as an outside writer (test/support/outside-sql.ts). */
export const sql = outsideSql;

/** A timestamp as each engine's column holds it (Prisma's SQLite text; PostgreSQL's UTC without zone). */
const at = (url: string, date: Date) => (url.startsWith("file:") ? date.toISOString().replace("Z", "+00:00") : date.toISOString().replace("Z", ""));

export type TOwnClient = { clientId: string; key: CryptoKey; issuer: string };

export async function registerOwnClient(issuer: string, name: string): Promise<TOwnClient> {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const response = await fetch(`${issuer}/oauth/register`, {
    method: "POST", headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
    body: JSON.stringify({ client_name: name, ...newAggregator(`${name}株式会社`), redirect_uris: ["http://localhost:8080/cb"], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] }, channels: ["personal"] }),
  });
  if (response.status !== 201) throw new Error(`registration: ${response.status} ${await response.text()}`);
  return { clientId: ((await response.json()) as { client_id: string }).client_id, key: privateKey, issuer };
}

export async function clientAssertion(c: TOwnClient, audience = c.issuer) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: c.clientId, sub: c.clientId, aud: audience, jti: randomUUID(), iat: now, exp: now + 60 }).setProtectedHeader({ alg: "ES256", kid: "k1" }).sign(c.key);
}

export type TOwnGrant = { grantId: string; token: string; key: TTestKey };

/** A grant of login 1000000001 at sakura to the client, and an access token bound to a new DPoP key. */
export async function ownGrant(url: string, clientId: string, scopes = "balances transactions"): Promise<TOwnGrant> {
  const [ids] = await sql<{ client: string; user: string; institution: string; contract: string }>(url,
    `SELECT c.id AS client, u.id AS "user", u."institutionId" AS institution, u."contractId" AS contract FROM "Client" c, "User" u WHERE c."clientId" = $1 AND u."loginId" = '1000000001'`, [clientId]);
  const accounts = await sql<{ id: string }>(url, `SELECT id FROM "Account" WHERE "contractId" = $1`, [ids.contract]);
  const key = await testKey();
  const grantId = randomToken(16);
  const token = randomToken();
  const now = new Date();
  await sql(url, `INSERT INTO "Grant" (id, "institutionId", "clientId", "userId", scopes, status, "dpopJkt", "createdAt", "expiresAt") VALUES ($1, $2, $3, $4, $5, 'active', $6, $7, $8)`,
    [grantId, ids.institution, ids.client, ids.user, scopes, key.jkt, at(url, now), at(url, new Date(now.getTime() + 30 * 86_400_000))]);
  for (const a of accounts) await sql(url, `INSERT INTO "GrantAccount" ("grantId", "accountId") VALUES ($1, $2)`, [grantId, a.id]);
  await sql(url, `INSERT INTO "AccessToken" (id, "tokenHash", "grantId", "clientId", scopes, jkt, "expiresAt", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [randomUUID(), hashToken(token), grantId, ids.client, scopes, key.jkt, at(url, new Date(now.getTime() + 3600_000)), at(url, now)]);
  return { grantId, token, key };
}

/** The request of one API call (a fresh proof each), to send later: proofs made ahead keep a burst tight. */
export async function apiRequest(origin: string, grant: TOwnGrant, pathUnderApi: string, headers: Record<string, string> = {}) {
  const url = `${origin}/sakura/api/v1${pathUnderApi}`;
  const proof = await dpopProof(grant.key, "GET", url, grant.token);
  return { url, init: { headers: { authorization: `DPoP ${grant.token}`, dpop: proof, ...headers } } };
}

export async function apiCall(origin: string, grant: TOwnGrant, pathUnderApi: string, headers: Record<string, string> = {}) {
  const { url, init } = await apiRequest(origin, grant, pathUnderApi, headers);
  return fetch(url, init);
}

/** `npm run renkei -- …` against the database at `url`; its standard output. */
export async function renkei(url: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/renkei.ts", ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: url },
  });
  return stdout;
}
