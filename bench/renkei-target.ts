// Renkei under the bench: the production build on its own port and database (.data/bench), seeded,
// plus what a finished consent leaves behind. A bench client registers itself (RFC 7591 with an
// initial access token), pushes its request (PAR, DPoP-bound), the customer's 許可 is given in process
// (the screens are not what is measured), and the code is exchanged over HTTP for a DPoP-bound access
// token and a refresh token. Two accounts are added for paging: 10,000 and 1,000,000 transactions.
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { prepareDatabase, spawnServer } from "../scripts/lib/server-process";
import { ASSERTION_TYPE, clientAssertion, dpopProof, type TBenchKey } from "./lib/sync-jws";
import { BENCH_PORTS } from "./lib/ports";

const root = path.resolve(__dirname, "..");
export const RENKEI_PORT = BENCH_PORTS.renkei;
const RENKEI_TLS_PORT = BENCH_PORTS.renkeiTls;
const RENKEI_METRICS_PORT = BENCH_PORTS.renkeiMetrics;
export const BENCH_DB_FILE = path.join(root, ".data/bench/renkei.db");
const INITIAL_ACCESS_TOKEN = "bench-initial-access-token";
const REDIRECT = "http://localhost:8080/callback";
const SLUG = "sakura";
const LOGIN_ID = "1000000001";
export const PAGING_DAYS = 366;

export type TPagingAccount = { accountId: string; rows: number; firstId: number };
export type TRenkeiTarget = {
  origin: string;
  issuer: string;
  pid: number;
  institutionId: string;
  clientId: string;
  accessToken: string;
  refreshToken: string;
  /** a second client like the main one, with its limits on (set high: bench/limits-toggle.ts) — issue 25's comparison */
  limited: { clientId: string; accessToken: string; refreshToken: string };
  paging: { grantId: string; accessToken: string; dateFrom: string; dateTo: string; accounts: TPagingAccount[] };
  stop: () => Promise<void>;
  /** The server stopped and started again on the same data with `env` added (a setting measured both ways); its new pid. */
  restartWith: (env: Record<string, string>) => Promise<number>;
};

const jstDate = (offsetDays = 0) => new Date(Date.now() + 9 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

const BENCH_ENV = {
  NODE_ENV: "production" as const,
  DATABASE_URL: `file:${BENCH_DB_FILE}`,
  PORT: String(RENKEI_PORT),
  TLS_PORT: String(RENKEI_TLS_PORT),
  RENKEI_ORIGIN: `http://localhost:${RENKEI_PORT}`,
  RENKEI_TLS_ORIGIN: `https://localhost:${RENKEI_TLS_PORT}`,
  RENKEI_INITIAL_ACCESS_TOKEN: INITIAL_ACCESS_TOKEN,
  RENKEI_DEMO: "1", // the benchmark runs on the demo data (lib/config/demo-data-wanted.ts)
  RENKEI_SHUTDOWN_GRACE_MS: "0", // no load balancer to notice: stop at once
  // the metrics listener on a port of the bench's own (9464, the default, may be another process's here)
  RENKEI_METRICS_PORT: String(RENKEI_METRICS_PORT),
};

/**
 * The database is seeded and filled (the paging accounts' 1,010,000 rows) before the server starts: a
 * bulk insert from this process would block its event loop for seconds, long enough for the server to
 * close the bench's idle keep-alive sockets under it.
 */
export async function startRenkei(key: TBenchKey, nodeArgs: string[] = [], onStarted: (stop: () => Promise<void>) => void = () => undefined): Promise<TRenkeiTarget> {
  process.env.AUTH_SECRET ||= "renkei-bench-auth-secret-0123456789abcdef";
  process.env.DATABASE_URL = BENCH_ENV.DATABASE_URL;
  const env = { ...process.env, ...BENCH_ENV };
  prepareDatabase(env);
  const user = benchUser();
  const dateFrom = jstDate(-(PAGING_DAYS - 1));
  const dateTo = jstDate();
  const pagingAccounts = [10_000, 1_000_000].map((rows, i) => {
    const accountId = insertAccount(user, i, rows);
    return { accountId, rows, firstId: insertTransactions(accountId, rows, dateFrom) };
  });

  let server = await spawnServer(env, { nodeArgs, fresh: false });
  onStarted(server.stop);
  // imported only now: lib/db opens the database named by DATABASE_URL when it loads
  const { db } = await import("@/lib/db");
  const issuer = `${server.baseUrl}/${SLUG}`;
  const customerAccounts = await db.account.findMany({ where: { contractId: user.contractId, branchCode: { not: "900" } }, select: { id: true } });
  const main = await consent(issuer, key, 1, user.id, customerAccounts.map((a) => a.id), ["balances", "transactions"]);
  const paging = await consent(issuer, key, 2, user.id, pagingAccounts.map((a) => a.accountId), ["transactions"]);
  const limited = await consent(issuer, key, 3, user.id, customerAccounts.map((a) => a.id), ["balances", "transactions"]);
  return {
    origin: server.baseUrl,
    issuer,
    pid: server.pid,
    institutionId: user.institutionId,
    clientId: main.clientId,
    accessToken: main.accessToken,
    refreshToken: main.refreshToken,
    limited: { clientId: limited.clientId, accessToken: limited.accessToken, refreshToken: limited.refreshToken },
    paging: { grantId: paging.grantId, accessToken: paging.accessToken, dateFrom, dateTo, accounts: pagingAccounts },
    stop: async () => {
      await db.$disconnect();
      await server.stop();
    },
    restartWith: async (extra) => {
      await server.stop();
      server = await spawnServer({ ...env, ...extra }, { nodeArgs, fresh: false });
      onStarted(server.stop);
      return server.pid;
    },
  };
}

/**
 * A second Renkei process on the same database in another role (RENKEI_ROLE=machine: the OAuth and API endpoints
 * without Next), at its own port with the same public origin, so that the main target's tokens, proofs and client
 * assertions are valid there unchanged.
 */
export async function startRenkeiRole(role: "machine" | "portal", port: number, nodeArgs: string[] = []): Promise<TRenkeiBeside> {
  return startRenkeiBeside(port, { RENKEI_ROLE: role, RENKEI_METRICS_PORT: String(BENCH_PORTS.machineMetrics) }, nodeArgs);
}

type TRenkeiBeside = { origin: string; pid: number; stop: () => Promise<void> };

/** A second Renkei process on the same database and public origin, at its own port, with `env` added. */
export async function startRenkeiBeside(port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<TRenkeiBeside> {
  const server = await spawnServer({ ...process.env, ...BENCH_ENV, PORT: String(port), TLS_PORT: "0", ...env }, { nodeArgs, fresh: false });
  return { origin: server.baseUrl, pid: server.pid, stop: server.stop };
}

type TBenchUser = { id: string; contractId: string; institutionId: string };

function benchUser(): TBenchUser {
  const sqlite = new Database(BENCH_DB_FILE, { readonly: true });
  try {
    const user = sqlite.prepare(`SELECT u."id", u."contractId", u."institutionId" FROM "User" u JOIN "Institution" i ON i."id" = u."institutionId"
      WHERE u."loginId" = ? AND i."slug" = ?`).get(LOGIN_ID, SLUG) as TBenchUser | undefined;
    if (!user) throw new Error(`bench: the seed has no user ${LOGIN_ID} at ${SLUG}`);
    return user;
  } finally {
    sqlite.close();
  }
}

function insertAccount(user: TBenchUser, index: number, rows: number): string {
  const sqlite = new Database(BENCH_DB_FILE, { timeout: 5000 });
  try {
    const id = randomUUID();
    sqlite.prepare(`INSERT INTO "Account" ("id", "institutionId", "contractId", "branchCode", "branchName", "accountTypeCode", "accountTypeName", "accountNumber",
      "accountName", "accountNameKana", "inquiryPinHash", "balance") VALUES (?, ?, ?, '900', 'ベンチ支店', '01', '普通', ?, 'ベンチ口座', 'ﾍﾞﾝﾁｺｳｻﾞ', '-', ?)`)
      .run(id, user.institutionId, user.contractId, String(9_000_000 + index), rows * 100);
    return id;
  } finally {
    sqlite.close();
  }
}

/** `rows` transactions spread evenly over PAGING_DAYS days, in one write; returns the first row's id. */
function insertTransactions(accountId: string, rows: number, dateFrom: string): number {
  const sqlite = new Database(BENCH_DB_FILE, { timeout: 5000 });
  const insert = sqlite.prepare(`INSERT INTO "Transaction" ("accountId", "transactionDate", "valueDate", "transactionType", "amount", "balance", "remarks") VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const start = Date.parse(`${dateFrom}T00:00:00Z`);
  let firstId = 0;
  sqlite.transaction(() => {
    let balance = 0;
    for (let i = 0; i < rows; i++) {
      const date = pagingRowDate(start, i, rows);
      const deposit = i % 3 !== 2;
      balance += deposit ? 300 : -400;
      const id = Number(insert.run(accountId, date, date, deposit ? 1 : 2, deposit ? 300 : 400, balance, deposit ? "ﾌﾘｺﾐ ﾍﾞﾝﾁ" : "ｶｰﾄﾞ").lastInsertRowid);
      if (i === 0) firstId = id;
    }
  })();
  sqlite.close();
  return firstId;
}

export function pagingRowDate(start: number, index: number, rows: number): string {
  return new Date(start + Math.floor((index * PAGING_DAYS) / rows) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A client of its own, PAR → authorize → 許可 (in process) → code → tokens over HTTP. Each under an aggregator of its
 * own (`company`): the environment's initial access token may only create a new aggregator (lib/oauth/registration/registration-aggregator-problem.ts).
 */
async function consent(issuer: string, key: TBenchKey, company: number, userId: string, accountIds: string[], scopes: ("balances" | "transactions")[]) {
  const registered = await fetch(`${issuer}/oauth/register`, {
    method: "POST",
    headers: { authorization: `Bearer ${INITIAL_ACCESS_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      client_name: "ベンチマーク", aggregator_name: `ベンチマーク株式会社${company}`, aggregator_registration_number: `関東財務局長（電代）第999${company}号`,
      redirect_uris: [REDIRECT], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [key.publicJwk] }, channels: ["personal"],
    }),
  });
  if (registered.status !== 201) throw new Error(`registration: ${registered.status} ${await registered.text()}`);
  const { client_id: clientId } = (await registered.json()) as { client_id: string };
  const post = async (endpoint: string, form: Record<string, string>) => {
    const url = `${issuer}/oauth/${endpoint}`;
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", dpop: dpopProof(key, "POST", url) },
      body: new URLSearchParams({ client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion(key, clientId, issuer), ...form }),
    });
    const body = (await res.json()) as Record<string, string>;
    if (!res.ok) throw new Error(`${endpoint}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
  const verifier = randomUUID() + randomUUID();
  const pushed = await post("par", {
    response_type: "code", client_id: clientId, redirect_uri: REDIRECT, scope: scopes.join(" "), state: "bench",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"), code_challenge_method: "S256",
  });
  const authorize = await fetch(`${issuer}/oauth/authorize?client_id=${clientId}&request_uri=${encodeURIComponent(pushed.request_uri)}`, { redirect: "manual" });
  const interactionId = authorize.headers.get("location")?.split("/authorize/")[1];
  if (!interactionId) throw new Error(`authorize: ${authorize.status}`);
  const { completeAuthorization } = await import("@/lib/oauth/authorization-response/complete-authorization");
  const { redirectUrl, grantId } = await completeAuthorization({ interactionId, userId, scopes, accountIds });
  const code = new URL(redirectUrl).searchParams.get("code")!;
  const tokens = await post("token", { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier });
  return { clientId, grantId, accessToken: tokens.access_token, refreshToken: tokens.refresh_token };
}
