// The few queries on the machine endpoints' hot paths (token, introspection, PAR, the resource API),
// as prepared statements straight on the driver Prisma itself uses — better-sqlite3 or pg — instead of
// through Prisma's query interpreter. Prisma stays the schema, the migrations and every other query.
// Both engines implement this one interface (lib/db/hot/sqlite-hot-queries.ts, lib/db/hot/postgres-hot-queries.ts), and every row
// is parsed by the schemas of lib/db/hot/rows.ts.
//
// Writes go through `commit`, one transaction each: the request's single-use records (DPoP and
// client-assertion jtis) first, then its writes (an access token, a pushed request, an audit entry …).
// A single-use record that already exists rolls the whole transaction back (ReplayDetected), so a
// replayed proof can never leave a token behind, and nothing is held back to be written later: when
// commit returns, every row of it is on disk. A conditional write (a refresh token's rotation, a code's
// redemption) that finds its row already changed rolls the whole commit back too (WriteRaced): of two
// racing rotations, one wins. This commit is the only writer of tokens, codes' redemptions, single-use ids
// and their audit entries on the machine paths; lib/db/hot/writes.ts says each write once for both engines.
import "server-only";
import { databaseTarget } from "@/lib/db/url";
import { errorBrand, processSingleton, replaceProcessSingleton } from "@/lib/process/cross-bundle";
import type { THotAccountRow, THotBalanceRow, THotClientRow, THotFirstTransactionRow, THotTokenRow, THotTransactionRow } from "./rows";

/** A single-use id (RFC 9449 §11.1, RFC 7523 §3 item 7): the insert of its key is the check. */
export type TReplayRecord = { key: string; kind: "dpop" | "client_assertion" | "otp"; expiresAt: Date };

export type THotWrite =
  | { kind: "accessToken"; tokenHash: string; grantId: string; clientId: string; scopes: string; jkt: string | null; certThumbprint: string | null; codeId: string | null; expiresAt: Date }
  | { kind: "refreshToken"; tokenHash: string; grantId: string; clientId: string; scopes: string; jkt: string | null; certThumbprint: string | null; codeId: string | null; expiresAt: Date }
  /** conditional: the token must still be current, or the commit rolls back with WriteRaced */
  | { kind: "rotateRefreshToken"; tokenHash: string; at: Date }
  /** conditional: the token must still be unbound, or the commit rolls back with WriteRaced */
  | { kind: "bindRefreshToken"; tokenHash: string; jkt: string | null; certThumbprint: string | null }
  /** conditional: the code must still be unused, or the commit rolls back with WriteRaced (of two racing redemptions, one wins) */
  | { kind: "consumeCode"; codeId: string; at: Date }
  /** conditional: the grant must still be active and unexpired at `at`, or the commit rolls back with WriteRaced */
  | { kind: "bindGrant"; grantId: string; jkt: string | null; certThumbprint: string | null; at: Date }
  | { kind: "pushedRequest"; requestUriHash: string; institutionId: string; clientId: string; params: string; expiresAt: Date }
  | { kind: "touchGrant"; grantId: string; at: Date }
  /**
   * a limit's counter (lib/limits/): counts one call in `windowId` unless `limit` calls were already admitted in it;
   * `result.count` is then the calls admitted so far in the window, or null when this one was not admitted
   */
  | { kind: "countUse"; key: string; windowId: number; limit: number; result: { count: number | null }; strict?: boolean }
  /** one answered machine call (lib/usage/record-usage.ts) */
  | { kind: "usageEvent"; event: TUsageEvent }
  /** an audit entry: lib/audit's append (auditWrite in lib/audit/append-audit-event.ts) given this commit's chain */
  | { kind: "audit"; append: (chain: THotAuditChain) => unknown };

/** One answered machine call as lib/usage records it (day: YYYY-MM-DD in JST). */
export type TUsageEvent = { institutionId: string; clientId: string; operation: string; day: string; status: number; present: boolean; ms: number };
export type TUsageEventRow = TUsageEvent & { id: number };
/** What a batch of usage events adds to UsageDay and UsageLatency (lib/usage/fold-usage.ts decides how). */
export type TUsageDayDelta = { institutionId: string; clientId: string; operation: string; day: string; calls: number; ok: number; clientErrors: number; serverErrors: number; rateLimited: number; customerPresent: number };
export type TUsageLatencyDelta = { institutionId: string; clientId: string; operation: string; day: string; bucket: number; count: number };
export type TUsageFold = (events: TUsageEventRow[]) => { days: TUsageDayDelta[]; latencies: TUsageLatencyDelta[] };

/** An audit row as stored, its hash computed by lib/audit. */
export type THotAuditRow = {
  at: Date; institutionId: string | null; actorType: string; actorId: string | null; action: string; targetType: string | null;
  targetId: string | null; ip: string | null; details: string; prevHash: string; hash: string;
};

/**
 * What an engine lends the audit chain inside a commit: its lock (PostgreSQL's advisory lock; SQLite's
 * commit already holds the only write lock), the last entry's hash, and the insert. Synchronous on SQLite
 * (better-sqlite3's transactions cannot await), asynchronous on PostgreSQL.
 */
export type THotAuditChain = {
  lock: () => void | Promise<void>;
  lastHash: () => string | null | Promise<string | null>;
  insert: (row: THotAuditRow) => void | Promise<void>;
};

// The hot queries are one object per process (lib/process/cross-bundle.ts), made by whichever copy of lib/
// asked first, so the error a commit throws may be the other copy's class: `instanceof` goes by a brand.
const REPLAY_DETECTED = errorBrand("ReplayDetected");

export class ReplayDetected extends Error {
  readonly [REPLAY_DETECTED.symbol] = true;
  constructor(readonly record: TReplayRecord) {
    super(`single-use ${record.kind} record already used`);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return REPLAY_DETECTED.is(value);
  }
}

const WRITE_RACED = errorBrand("WriteRaced");

/** A conditional write whose row another request changed first: the whole commit was rolled back (branded like ReplayDetected). */
export class WriteRaced extends Error {
  readonly [WRITE_RACED.symbol] = true;
  constructor(readonly write: THotWrite) {
    super(`conditional ${write.kind} found its row changed`);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return WRITE_RACED.is(value);
  }
}

const COUNT_REFUSED = errorBrand("CountRefused");

/** A strict countUse found its limit reached: the whole commit was rolled back (branded like ReplayDetected). */
export class CountRefused extends Error {
  readonly [COUNT_REFUSED.symbol] = true;
  constructor(readonly key: string) {
    super(`counter ${key} is at its limit`);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return COUNT_REFUSED.is(value);
  }
}

export type TTransactionsPageQuery = { accountId: string; from: string; to: string; after: { date: string; id: number } | null; limit: number };

export interface THotQueries {
  client(institutionId: string, clientId: string): Promise<THotClientRow | null>;
  token(table: "access" | "refresh", tokenHash: string, institutionId: string): Promise<THotTokenRow | null>;
  grantAccountIds(grantId: string): Promise<string[]>;
  accounts(ids: string[]): Promise<THotAccountRow[]>;
  /** the institution and the bank's reference of each of these accounts (http mode: lib/bank/local-refs.ts) */
  accountRefs(ids: string[]): Promise<{ id: string; institutionId: string; bankRef: string | null }[]>;
  /** each account's balance, and its last balance before `beforeDay` and before `beforeMonth` */
  balances(ids: string[], beforeDay: string, beforeMonth: string): Promise<THotBalanceRow[]>;
  firstTransaction(accountId: string): Promise<THotFirstTransactionRow | null>;
  currency(accountId: string): Promise<{ institutionId: string; currencyCode: string; currencyName: string } | null>;
  transactionsPage(query: TTransactionsPageQuery): Promise<THotTransactionRow[]>;
  replaySeen(key: string): Promise<boolean>;
  commit(replays: TReplayRecord[], writes: THotWrite[]): Promise<void>;
  /**
   * Folds up to `max` usage events into UsageDay / UsageLatency and deletes them, in one transaction: each event is
   * counted once, whichever instance folds it (PostgreSQL: FOR UPDATE SKIP LOCKED). Returns how many it folded.
   */
  rollUpUsage(max: number, fold: TUsageFold): Promise<number>;
  close(): Promise<void>;
}

type THotHolder = { env: string; queries: Promise<THotQueries> } | null;

/** Shutdown: the hot queries' pool closed, when this process opened one. */
export async function closeHotQueries(): Promise<void> {
  const current = processSingleton<THotHolder>("hotQueries", () => null);
  if (!current) return;
  replaceProcessSingleton<THotHolder>("hotQueries", null);
  await (await current.queries).close();
}

/** The process's hot queries for DATABASE_URL (one per process: lib/process/cross-bundle.ts). */
export function hotQueries(): Promise<THotQueries> {
  const url = process.env.DATABASE_URL || "";
  const current = processSingleton<THotHolder>("hotQueries", () => null);
  if (current && current.env === url) return current.queries;
  const target = databaseTarget();
  const queries = target.provider === "postgresql"
    ? import("./postgres-hot-queries").then((m) => m.postgresHotQueries(target.url))
    : import("./sqlite-hot-queries").then((m) => m.sqliteHotQueries(target.file));
  replaceProcessSingleton<THotHolder>("hotQueries", { env: url, queries });
  return queries;
}
