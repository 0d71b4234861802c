// The hot queries on PostgreSQL (lib/db/hot/hot-queries.ts): pg, the driver Prisma's adapter uses, with
// a pool of its own and named prepared statements (parsed once per connection by the server).
// Timestamps are Prisma's TIMESTAMP(3) without time zone holding UTC: written as UTC text and read back as
// UTC whatever the process's time zone. A commit is one transaction on one connection; the audit chain's
// advisory lock (lib/audit/append-audit-event.ts) serializes appends with every other instance.
import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { AUDIT_CHAIN_LOCK, auditEntry, GENESIS_HASH } from "@/lib/audit/append-audit-event";
import { ReplayDetected, WriteRaced, type THotQueries, type THotWrite } from "./hot-queries";
import { ZHotAccountRow, ZHotBalanceRow, ZHotClientRow, ZHotCurrencyRow, ZHotFirstTransactionRow, ZHotHashRow, ZHotIdRow, ZHotTokenRow, ZHotTransactionRow } from "./rows";
import * as sql from "./sql";

const TIMESTAMP = 1114;
const INT8 = 20;
const utcText = (date: Date) => date.toISOString().replace("Z", "");
const types = {
  getTypeParser: (oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === INT8) return (value: string) => BigInt(value); // amounts exactly
    return pg.types.getTypeParser(oid, format);
  },
} as unknown as pg.CustomTypesConfig;

const LIST = (param: string) => `"id" = ANY(${param}::text[])`;
const A_LIST = (param: string) => `a."id" = ANY(${param}::text[])`;

export function postgresHotQueries(url: string): THotQueries {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), types });
  // an idle connection the server closed (a restart, a failover) is dropped; the next query opens a new one
  pool.on("error", (error) => console.error("hot queries: idle PostgreSQL connection lost:", error.message));
  const statements = {
    client: sql.CLIENT_SQL,
    access: sql.ACCESS_TOKEN_SQL,
    refresh: sql.REFRESH_TOKEN_SQL,
    grantAccounts: sql.GRANT_ACCOUNTS_SQL,
    accounts: sql.accountsSql(LIST("$1")),
    balances: sql.balancesSql(A_LIST("$1")),
    first: sql.FIRST_TRANSACTION_SQL,
    currency: sql.CURRENCY_SQL,
    firstPage: sql.TRANSACTIONS_FIRST_PAGE_SQL,
    nextPage: sql.TRANSACTIONS_NEXT_PAGE_SQL,
    replaySeen: sql.REPLAY_SEEN_SQL,
    insertReplay: sql.INSERT_REPLAY_SQL,
    insertAccessToken: sql.INSERT_ACCESS_TOKEN_SQL,
    insertRefreshToken: sql.INSERT_REFRESH_TOKEN_SQL,
    rotateRefreshToken: sql.ROTATE_REFRESH_TOKEN_SQL,
    bindRefreshToken: sql.BIND_REFRESH_TOKEN_SQL,
    insertPushedRequest: sql.INSERT_PUSHED_REQUEST_SQL,
    touchGrant: sql.TOUCH_GRANT_SQL,
    lastAuditHash: sql.LAST_AUDIT_HASH_SQL,
    insertAudit: sql.INSERT_AUDIT_SQL,
  };
  type TName = keyof typeof statements;
  type TRunner = { query: (config: pg.QueryConfig) => Promise<pg.QueryResult> };
  const run = (on: TRunner, name: TName, values: unknown[]) => on.query({ name: `renkei_hot_${name}`, text: statements[name], values });
  const rows = async (name: TName, values: unknown[]) => (await run(pool, name, values)).rows;
  const one = async <T>(schema: { parse: (v: unknown) => T }, name: TName, values: unknown[]): Promise<T | null> => {
    const [row] = await rows(name, values);
    return row === undefined ? null : schema.parse(row);
  };

  const write = async (client: pg.PoolClient, w: THotWrite) => {
    const now = utcText(new Date());
    switch (w.kind) {
      case "accessToken":
        await run(client, "insertAccessToken", [randomUUID(), w.tokenHash, w.grantId, w.clientId, w.scopes, w.jkt, w.certThumbprint, w.codeId, utcText(w.expiresAt), now]);
        return;
      case "refreshToken":
        await run(client, "insertRefreshToken", [randomUUID(), w.tokenHash, w.grantId, w.clientId, w.scopes, w.jkt, w.certThumbprint, null, utcText(w.expiresAt), now]);
        return;
      case "rotateRefreshToken":
        // READ COMMITTED: a racing UPDATE waits for the winner's commit, then re-checks the row and matches none
        if ((await run(client, "rotateRefreshToken", [w.tokenHash, utcText(w.at)])).rowCount !== 1) throw new WriteRaced(w);
        return;
      case "bindRefreshToken":
        if ((await run(client, "bindRefreshToken", [w.tokenHash, w.jkt, w.certThumbprint])).rowCount !== 1) throw new WriteRaced(w);
        return;
      case "pushedRequest":
        await run(client, "insertPushedRequest", [randomUUID(), w.requestUriHash, w.institutionId, w.clientId, w.params, utcText(w.expiresAt), now]);
        return;
      case "touchGrant":
        await run(client, "touchGrant", [w.grantId, utcText(w.at)]);
        return;
      case "audit": {
        await client.query(`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
        const [last] = (await run(client, "lastAuditHash", [])).rows;
        const e = auditEntry(w.entry, last ? ZHotHashRow.parse(last).hash : GENESIS_HASH);
        await run(client, "insertAudit", [utcText(e.at), e.institutionId, e.actorType, e.actorId, e.action, e.targetType, e.targetId, e.ip, e.details, e.prevHash, e.hash]);
        return;
      }
    }
  };

  return {
    client: (institutionId, clientId) => one(ZHotClientRow, "client", [institutionId, clientId]),
    token: (table, tokenHash, institutionId) => one(ZHotTokenRow, table === "access" ? "access" : "refresh", [tokenHash, institutionId]),
    grantAccountIds: async (grantId) => (await rows("grantAccounts", [grantId])).map((r) => ZHotIdRow.parse(r).id),
    accounts: async (ids) => (await rows("accounts", [ids])).map((r) => ZHotAccountRow.parse(r)),
    balances: async (ids, beforeDay, beforeMonth) => (await rows("balances", [ids, beforeDay, beforeMonth])).map((r) => ZHotBalanceRow.parse(r)),
    firstTransaction: (accountId) => one(ZHotFirstTransactionRow, "first", [accountId]),
    currency: (accountId) => one(ZHotCurrencyRow, "currency", [accountId]),
    transactionsPage: async (query) => {
      const start = sql.pageStart(query);
      const found = query.after
        ? await rows("nextPage", [query.accountId, start, query.to, query.limit, query.after.date, query.after.id])
        : await rows("firstPage", [query.accountId, start, query.to, query.limit]);
      return found.map((r) => ZHotTransactionRow.parse(r));
    },
    replaySeen: async (key) => (await rows("replaySeen", [key])).length > 0,
    commit: async (replays, writes) => {
      if (replays.length === 0 && writes.length === 0) return;
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const r of replays) {
          if ((await run(client, "insertReplay", [r.key, r.kind, utcText(r.expiresAt)])).rowCount !== 1) throw new ReplayDetected(r);
        }
        for (const w of writes) await write(client, w);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
