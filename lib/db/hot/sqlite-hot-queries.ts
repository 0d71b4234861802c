// The hot queries on the embedded SQLite database (lib/db/hot/hot-queries.ts): better-sqlite3, the driver
// Prisma's adapter uses, on a connection of their own to the same file. Statements are prepared once.
// Reads see the last committed state (WAL). Commits are synchronous transactions (BEGIN IMMEDIATE)
// taken under the process's write lock (lib/db/sqlite-write-lock.ts), so they never wait on, or inside,
// a Prisma transaction of this process.
// Group commit: the commits asked for within COMMIT_WINDOW_MS of the first are made in one transaction, each in
// a savepoint of its own — so one that fails (ReplayDetected, WriteRaced, CountRefused) rolls back alone and
// throws to its own caller, and the others see each other's writes as if they had committed one by one.
// One COMMIT, so one fsync of the WAL for the batch (synchronous = FULL, lib/db/sqlite-durable-commits.ts); every
// caller still waits until its batch is durable before it answers. The window (1 ms, the timer's smallest step;
// PostgreSQL's commit_delay is the same idea) lets a busy process gather a few more commits per transaction than
// "what the event loop has ready" did: introspection made ~20 % more requests per second in the bench for at most
// 1 ms more per commit (bench/SAMPLE.md; measured before the flush was made explicit, when none happened).
// Tried and dropped: the WAL flushed off the event loop (synchronous = NORMAL and an fdatasync on the thread
// pool) — with the event loop never waiting, batches shrank to a commit or two, each with its own flush, and
// introspection got ~25 % slower.
import "server-only";
import Database from "better-sqlite3";
import { commitDurably } from "@/lib/db/sqlite-durable-commits";
import { acquireSqliteWriteLock } from "@/lib/db/sqlite-write-lock";
import type { THotAuditChain, THotQueries, THotWrite, TReplayRecord, TUsageFold } from "./hot-queries";
import { ZHotAccountRefRow, ZHotAccountRow, ZHotBalanceRow, ZHotClientRow, ZHotCurrencyRow, ZHotFirstTransactionRow, ZHotHashRow, ZHotIdRow, ZHotTokenRow, ZHotTransactionRow, ZHotUsageEventRow } from "./rows";
import * as sql from "./sql";
import { auditValues, commitSteps, usageDayValues, usageLatencyValues, WRITE_SQL, type TWriteName } from "./writes";

/** Prisma's SQLite spelling of a DateTime (its adapter's iso8601 format), so both write the same text. */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** How long a batch gathers commits before it is written. */
const COMMIT_WINDOW_MS = 1;

type TPendingCommit = { replays: TReplayRecord[]; writes: THotWrite[]; resolve: () => void; reject: (error: unknown) => void; failed?: { error: unknown } };

type TStatement = { get: (...args: unknown[]) => unknown; all: (...args: unknown[]) => unknown[]; run: (...args: unknown[]) => { changes: number } };

/** Prepares a $1 … statement for SQLite: each $n becomes ?, and the arguments follow the order of use. */
function prepare(db: Database.Database, text: string, options: { money?: boolean } = {}): TStatement {
  const order: number[] = [];
  const statement = db.prepare(text.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), "?")));
  if (options.money && statement.reader) statement.safeIntegers(true); // amounts exactly, as bigint
  const bind = (args: unknown[]) => order.map((i) => args[i]);
  return {
    get: (...args) => statement.get(...bind(args)),
    all: (...args) => statement.all(...bind(args)),
    run: (...args) => statement.run(...bind(args)),
  };
}

const LIST = (param: string) => `"id" IN (SELECT value FROM json_each(${param}))`;
const A_LIST = (param: string) => `a."id" IN (SELECT value FROM json_each(${param}))`;

/** The hot queries' own connection: WAL, commits durable (lib/db/sqlite-durable-commits.ts). */
export function openHotConnection(file: string): Database.Database {
  const db = new Database(file, { timeout: 5000 });
  db.pragma("journal_mode = WAL");
  commitDurably(db);
  return db;
}

export function sqliteHotQueries(file: string): THotQueries {
  const db = openHotConnection(file);
  const q = {
    client: prepare(db, sql.CLIENT_SQL),
    access: prepare(db, sql.ACCESS_TOKEN_SQL),
    refresh: prepare(db, sql.REFRESH_TOKEN_SQL),
    grantAccounts: prepare(db, sql.GRANT_ACCOUNTS_SQL),
    accounts: prepare(db, sql.accountsSql(LIST("$1"))),
    accountRefs: prepare(db, sql.accountRefsSql(LIST("$1"))),
    balances: prepare(db, sql.balancesSql(A_LIST("$1")), { money: true }),
    first: prepare(db, sql.FIRST_TRANSACTION_SQL, { money: true }),
    currency: prepare(db, sql.CURRENCY_SQL),
    firstPage: prepare(db, sql.TRANSACTIONS_FIRST_PAGE_SQL, { money: true }),
    nextPage: prepare(db, sql.TRANSACTIONS_NEXT_PAGE_SQL, { money: true }),
    replaySeen: prepare(db, sql.REPLAY_SEEN_SQL),
  };
  const writes = Object.fromEntries(Object.entries(WRITE_SQL).map(([name, text]) => [name, prepare(db, text)])) as Record<TWriteName, TStatement>;
  const chain: THotAuditChain = {
    lock: () => undefined, // the commit holds SQLite's one write lock (BEGIN IMMEDIATE)
    lastHash: () => {
      const last = writes.lastAuditHash.get();
      return last === undefined ? null : ZHotHashRow.parse(last).hash;
    },
    insert: (row) => void writes.insertAudit.run(...auditValues(row, sqliteDate)),
  };
  const run = (name: TWriteName, values: unknown[]) => writes[name].run(...values).changes;
  const first = (name: TWriteName, values: unknown[]) => writes[name].get(...values) as Record<string, unknown> | undefined;
  // inside the batch's transaction, better-sqlite3 makes each of these a savepoint
  const commitOne = db.transaction((replays: TReplayRecord[], steps: THotWrite[]) => {
    if (commitSteps(replays, steps, { run, first, chain, date: sqliteDate }) instanceof Promise) throw new Error("a SQLite commit step awaited");
  });
  const batch = db.transaction((commits: TPendingCommit[]) => {
    for (const c of commits) {
      try {
        commitOne(c.replays, c.writes);
      } catch (error) {
        c.failed = { error };
      }
    }
  });
  const pending: TPendingCommit[] = [];
  let scheduled = false;
  const commitPending = async () => {
    const release = await acquireSqliteWriteLock();
    const commits = pending.splice(0);
    scheduled = false;
    try {
      batch.immediate(commits);
    } catch (error) {
      for (const c of commits) c.failed ??= { error }; // the batch itself failed (BEGIN or COMMIT): nothing of it was written
    } finally {
      release();
    }
    for (const c of commits) {
      if (c.failed) c.reject(c.failed.error);
      else c.resolve();
    }
  };
  const usageEvents = prepare(db, sql.USAGE_EVENTS_SQL);
  const deleteUsageEvents = prepare(db, `DELETE FROM "UsageEvent" WHERE "id" IN (SELECT value FROM json_each($1))`);
  const rollUp = db.transaction((max: number, fold: TUsageFold): number => {
    const events = usageEvents.all(max).map((r) => ZHotUsageEventRow.parse(r));
    if (events.length === 0) return 0;
    const { days, latencies } = fold(events);
    for (const d of days) writes.addUsageDay.run(...usageDayValues(d));
    for (const l of latencies) writes.addUsageLatency.run(...usageLatencyValues(l));
    deleteUsageEvents.run(JSON.stringify(events.map((e) => e.id)));
    return events.length;
  });

  const one = <T>(schema: { parse: (v: unknown) => T }, row: unknown): T | null => (row === undefined ? null : schema.parse(row));
  return {
    client: async (institutionId, clientId) => one(ZHotClientRow, q.client.get(institutionId, clientId)),
    token: async (table, tokenHash, institutionId) => one(ZHotTokenRow, (table === "access" ? q.access : q.refresh).get(tokenHash, institutionId)),
    grantAccountIds: async (grantId) => q.grantAccounts.all(grantId).map((r) => ZHotIdRow.parse(r).id),
    accounts: async (ids) => q.accounts.all(JSON.stringify(ids)).map((r) => ZHotAccountRow.parse(r)),
    accountRefs: async (ids) => q.accountRefs.all(JSON.stringify(ids)).map((r) => ZHotAccountRefRow.parse(r)),
    balances: async (ids, beforeDay, beforeMonth) => q.balances.all(JSON.stringify(ids), beforeDay, beforeMonth).map((r) => ZHotBalanceRow.parse(r)),
    firstTransaction: async (accountId) => one(ZHotFirstTransactionRow, q.first.get(accountId)),
    currency: async (accountId) => one(ZHotCurrencyRow, q.currency.get(accountId)),
    transactionsPage: async (query) => {
      const start = sql.pageStart(query);
      const rows = query.after
        ? q.nextPage.all(query.accountId, start, query.to, query.limit, query.after.date, query.after.id)
        : q.firstPage.all(query.accountId, start, query.to, query.limit);
      return rows.map((r) => ZHotTransactionRow.parse(r));
    },
    replaySeen: async (key) => q.replaySeen.get(key) !== undefined,
    commit: (replays, writes) => {
      if (replays.length === 0 && writes.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        pending.push({ replays, writes, resolve, reject });
        if (scheduled) return;
        scheduled = true;
        setTimeout(() => void commitPending(), COMMIT_WINDOW_MS);
      });
    },
    rollUpUsage: async (max, fold) => {
      const release = await acquireSqliteWriteLock();
      try {
        return rollUp.immediate(max, fold);
      } finally {
        release();
      }
    },
    close: async () => void db.close(),
  };
}
