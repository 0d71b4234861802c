// The hot queries on PostgreSQL (lib/db/hot/hot-queries.ts): pg, the driver Prisma's adapter uses, with
// a pool of its own and named prepared statements (parsed once per connection by the server).
// Timestamps are Prisma's TIMESTAMP(3) without time zone holding UTC: written as UTC text and read back as
// UTC whatever the process's time zone. A commit is one transaction on one connection; the audit chain's
// advisory lock (AUDIT_CHAIN_LOCK_SQL) serializes appends with every other instance.
import "server-only";
import pg from "pg";
import { onPoolError } from "../outage-watch";
import { metrics, onScrape } from "@/lib/observability/metrics";
import type { THotAuditChain, THotQueries } from "./hot-queries";
import { ZHotAccountRefRow, ZHotAccountRow, ZHotBalanceRow, ZHotClientRow, ZHotCurrencyRow, ZHotFirstTransactionRow, ZHotHashRow, ZHotIdRow, ZHotTokenRow, ZHotTransactionRow, ZHotUsageEventRow } from "./rows";
import * as sql from "./sql";
import { auditValues, commitSteps, usageDayValues, usageLatencyValues, WRITE_SQL, type TWriteName } from "./writes";

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
  // an idle connection the server closed (a restart, a failover) is dropped; the next query opens a new one. A
  // checked-out client gets a listener of its own: its death between two queries is no uncaughtException. Both
  // go to the outage watch, which logs an outage once (lib/db/outage-watch.ts), and are counted.
  const lost = () => {
    metrics().dbErrors.inc({ kind: "connection_lost" });
    onPoolError();
  };
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
  // the pool's connections, read on each scrape (renkei_db_pool_connections)
  onScrape(() => {
    metrics().dbPoolConnections.set({ state: "total" }, pool.totalCount);
    metrics().dbPoolConnections.set({ state: "idle" }, pool.idleCount);
    metrics().dbPoolConnections.set({ state: "waiting" }, pool.waitingCount);
  });
  const statements = {
    client: sql.CLIENT_SQL,
    access: sql.ACCESS_TOKEN_SQL,
    refresh: sql.REFRESH_TOKEN_SQL,
    grantAccounts: sql.GRANT_ACCOUNTS_SQL,
    accounts: sql.accountsSql(LIST("$1")),
    accountRefs: sql.accountRefsSql(LIST("$1")),
    balances: sql.balancesSql(A_LIST("$1")),
    first: sql.FIRST_TRANSACTION_SQL,
    currency: sql.CURRENCY_SQL,
    firstPage: sql.TRANSACTIONS_FIRST_PAGE_SQL,
    nextPage: sql.TRANSACTIONS_NEXT_PAGE_SQL,
    replaySeen: sql.REPLAY_SEEN_SQL,
    // another instance's fold holds its rows: this one takes the next ones (each event folded once)
    usageEvents: `${sql.USAGE_EVENTS_SQL} FOR UPDATE SKIP LOCKED`,
    deleteUsageEvents: `DELETE FROM "UsageEvent" WHERE "id" = ANY($1::int[])`,
    ...WRITE_SQL,
  };
  type TName = keyof typeof statements;
  type TRunner = { query: (config: pg.QueryConfig) => Promise<pg.QueryResult> };
  const run = (on: TRunner, name: TName, values: unknown[]) => on.query({ name: `renkei_hot_${name}`, text: statements[name], values });
  const rows = async (name: TName, values: unknown[]) => (await run(pool, name, values)).rows;
  const one = async <T>(schema: { parse: (v: unknown) => T }, name: TName, values: unknown[]): Promise<T | null> => {
    const [row] = await rows(name, values);
    return row === undefined ? null : schema.parse(row);
  };
  const chainOn = (client: pg.PoolClient): THotAuditChain => ({
    lock: async () => void (await client.query(sql.AUDIT_CHAIN_LOCK_SQL)),
    lastHash: async () => {
      const [last] = (await run(client, "lastAuditHash", [])).rows;
      return last ? ZHotHashRow.parse(last).hash : null;
    },
    insert: async (row) => void (await run(client, "insertAudit", auditValues(row, utcText))),
  });

  return {
    client: (institutionId, clientId) => one(ZHotClientRow, "client", [institutionId, clientId]),
    token: (table, tokenHash, institutionId) => one(ZHotTokenRow, table === "access" ? "access" : "refresh", [tokenHash, institutionId]),
    grantAccountIds: async (grantId) => (await rows("grantAccounts", [grantId])).map((r) => ZHotIdRow.parse(r).id),
    accounts: async (ids) => (await rows("accounts", [ids])).map((r) => ZHotAccountRow.parse(r)),
    accountRefs: async (ids) => (await rows("accountRefs", [ids])).map((r) => ZHotAccountRefRow.parse(r)),
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
        // READ COMMITTED: a racing conditional UPDATE waits for the winner's commit, then re-checks its row and matches none
        const runOn = async (name: TWriteName, values: unknown[]) => (await run(client, name, values)).rowCount ?? 0;
        const firstOn = async (name: TWriteName, values: unknown[]) => (await run(client, name, values)).rows[0] as Record<string, unknown> | undefined;
        await commitSteps(replays, writes, { run: runOn, first: firstOn, chain: chainOn(client), date: utcText });
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    rollUpUsage: async (max, fold) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const events = (await run(client, "usageEvents", [max])).rows.map((r) => ZHotUsageEventRow.parse(r));
        if (events.length > 0) {
          const { days, latencies } = fold(events); // sorted by key: two instances' folds lock rows in one order
          for (const d of days) await run(client, "addUsageDay", usageDayValues(d));
          for (const l of latencies) await run(client, "addUsageLatency", usageLatencyValues(l));
          await run(client, "deleteUsageEvents", [events.map((e) => e.id)]);
        }
        await client.query("COMMIT");
        return events.length;
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
