// Every write a hot commit can make, said once for both engines (lib/db/hot/sqlite-hot-queries.ts, lib/db/hot/postgres-hot-queries.ts):
// which statement, with which values, and whether it is conditional (it must change exactly one row, or
// the whole commit rolls back with WriteRaced). An engine supplies only how a date is spelled and how a
// statement runs. The audit chain's append is lib/audit's (lib/audit/append-audit-event.ts): an engine
// hands it the chain's lock, its last hash and its insert, and nothing here knows how an entry is hashed.
import { randomUUID } from "node:crypto";
import { eachMaybe, thenMaybe, type TMaybePromise } from "@/lib/async/maybe-promise";
import { CountRefused, ReplayDetected, WriteRaced, type THotAuditChain, type THotAuditRow, type THotWrite, type TReplayRecord, type TUsageDayDelta, type TUsageEvent, type TUsageLatencyDelta } from "./hot-queries";
import * as sql from "./sql";

/** The statements a commit runs, by name: each engine prepares every one of them. */
export const WRITE_SQL = {
  insertReplay: sql.INSERT_REPLAY_SQL,
  insertAccessToken: sql.INSERT_ACCESS_TOKEN_SQL,
  insertRefreshToken: sql.INSERT_REFRESH_TOKEN_SQL,
  rotateRefreshToken: sql.ROTATE_REFRESH_TOKEN_SQL,
  bindRefreshToken: sql.BIND_REFRESH_TOKEN_SQL,
  consumeCode: sql.CONSUME_CODE_SQL,
  bindGrant: sql.BIND_GRANT_SQL,
  insertPushedRequest: sql.INSERT_PUSHED_REQUEST_SQL,
  touchGrant: sql.TOUCH_GRANT_SQL,
  countUse: sql.COUNT_USE_SQL,
  insertUsageEvent: sql.INSERT_USAGE_EVENT_SQL,
  addUsageDay: sql.ADD_USAGE_DAY_SQL,
  addUsageLatency: sql.ADD_USAGE_LATENCY_SQL,
  lastAuditHash: sql.LAST_AUDIT_HASH_SQL,
  insertAudit: sql.INSERT_AUDIT_SQL,
} as const;
export type TWriteName = keyof typeof WRITE_SQL;

export type TWriteStatement = { name: TWriteName; values: unknown[]; conditional: boolean };

/** The statement of one write (not the audit entry's: see THotAuditChain). `date` is the engine's spelling of a timestamp. */
export function writeStatement(w: Exclude<THotWrite, { kind: "audit" | "countUse" }>, date: (d: Date) => string): TWriteStatement {
  const now = date(new Date());
  const plain = (name: TWriteName, values: unknown[]): TWriteStatement => ({ name, values, conditional: false });
  const conditional = (name: TWriteName, values: unknown[]): TWriteStatement => ({ name, values, conditional: true });
  switch (w.kind) {
    case "accessToken":
      return plain("insertAccessToken", [randomUUID(), w.tokenHash, w.grantId, w.clientId, w.scopes, w.jkt, w.certThumbprint, w.codeId, date(w.expiresAt), now]);
    case "refreshToken":
      return plain("insertRefreshToken", [randomUUID(), w.tokenHash, w.grantId, w.clientId, w.scopes, w.jkt, w.certThumbprint, w.codeId, date(w.expiresAt), now]);
    case "rotateRefreshToken":
      return conditional("rotateRefreshToken", [w.tokenHash, date(w.at)]);
    case "bindRefreshToken":
      return conditional("bindRefreshToken", [w.tokenHash, w.jkt, w.certThumbprint]);
    case "consumeCode":
      return conditional("consumeCode", [w.codeId, date(w.at)]);
    case "bindGrant":
      return conditional("bindGrant", [w.grantId, w.jkt, w.certThumbprint, date(w.at)]);
    case "pushedRequest":
      return plain("insertPushedRequest", [randomUUID(), w.requestUriHash, w.institutionId, w.clientId, w.params, date(w.expiresAt), now]);
    case "touchGrant":
      return plain("touchGrant", [w.grantId, date(w.at)]);
    case "usageEvent":
      return plain("insertUsageEvent", usageEventValues(w.event));
  }
}

/** The statement that records a single-use id; it changes no row when the id was recorded before (ReplayDetected). */
export function replayStatement(r: TReplayRecord, date: (d: Date) => string): TWriteStatement {
  return { name: "insertReplay", values: [r.key, r.kind, date(r.expiresAt)], conditional: true };
}

/** The values of the usage event insert; a boolean as 0/1, which both engines take. */
export function usageEventValues(e: TUsageEvent): unknown[] {
  return [e.institutionId, e.clientId, e.operation, e.day, e.status, e.present ? 1 : 0, e.ms];
}

/** The values of a counter's UPSERT (COUNT_USE_SQL). */
export function countUseValues(w: Extract<THotWrite, { kind: "countUse" }>): unknown[] {
  return [w.key, w.windowId, w.limit];
}

/** The values of ADD_USAGE_DAY_SQL and ADD_USAGE_LATENCY_SQL. */
export function usageDayValues(d: TUsageDayDelta): unknown[] {
  return [d.institutionId, d.clientId, d.operation, d.day, d.calls, d.ok, d.clientErrors, d.serverErrors, d.rateLimited, d.customerPresent];
}
export function usageLatencyValues(l: TUsageLatencyDelta): unknown[] {
  return [l.institutionId, l.clientId, l.operation, l.day, l.bucket, l.count];
}

/** The values of the audit insert, in INSERT_AUDIT_SQL's order. */
export function auditValues(row: THotAuditRow, date: (d: Date) => string): unknown[] {
  return [date(row.at), row.institutionId, row.actorType, row.actorId, row.action, row.targetType, row.targetId, row.ip, row.details, row.prevHash, row.hash];
}

/** How an engine runs one statement inside its open transaction: the number of rows it changed. */
export type TRunStatement = (name: TWriteName, values: unknown[]) => TMaybePromise<number>;
/** How an engine runs a statement with RETURNING inside its open transaction: the first row, if any. */
export type TFirstRow = (name: TWriteName, values: unknown[]) => TMaybePromise<Record<string, unknown> | undefined>;

/**
 * A commit's steps, in their order: the single-use ids first (one already recorded: ReplayDetected), then
 * each write (a conditional one that changed no row: WriteRaced). Any throw rolls the engine's transaction
 * back. Synchronous when `run` and the chain are (SQLite).
 */
export function commitSteps(replays: TReplayRecord[], writes: THotWrite[], engine: { run: TRunStatement; first: TFirstRow; chain: THotAuditChain; date: (d: Date) => string }): TMaybePromise<void> {
  const { run, first, chain, date } = engine;
  const checked = (s: TWriteStatement, failure: () => Error) => thenMaybe(run(s.name, s.values), (changed) => {
    if (s.conditional && changed !== 1) throw failure();
  });
  return thenMaybe(eachMaybe(replays, (r) => checked(replayStatement(r, date), () => new ReplayDetected(r))), () =>
    eachMaybe(writes, (w) => {
      if (w.kind === "audit") return thenMaybe(w.append(chain) as TMaybePromise<unknown>, () => undefined);
      if (w.kind === "countUse") {
        return thenMaybe(first("countUse", countUseValues(w)), (row) => {
          w.result.count = row ? Number(row.count) : null;
          if (w.strict && !row) throw new CountRefused(w.key);
        });
      }
      return checked(writeStatement(w, date), () => new WriteRaced(w));
    }));
}
