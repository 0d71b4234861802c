// Every write a hot commit can make, said once for both engines (lib/db/hot/sqlite-hot-queries.ts, lib/db/hot/postgres-hot-queries.ts):
// which statement, with which values, and whether it is conditional (it must change exactly one row, or
// the whole commit rolls back with WriteRaced). An engine supplies only how a date is spelled and how a
// statement runs. The audit chain's append is lib/audit's (lib/audit/append-audit-event.ts): an engine
// hands it the chain's lock, its last hash and its insert, and nothing here knows how an entry is hashed.
import { randomUUID } from "node:crypto";
import { eachMaybe, thenMaybe, type TMaybePromise } from "@/lib/async/maybe-promise";
import { ReplayDetected, WriteRaced, type THotAuditChain, type THotAuditRow, type THotWrite, type TReplayRecord } from "./hot-queries";
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
  lastAuditHash: sql.LAST_AUDIT_HASH_SQL,
  insertAudit: sql.INSERT_AUDIT_SQL,
} as const;
export type TWriteName = keyof typeof WRITE_SQL;

export type TWriteStatement = { name: TWriteName; values: unknown[]; conditional: boolean };

/** The statement of one write (not the audit entry's: see THotAuditChain). `date` is the engine's spelling of a timestamp. */
export function writeStatement(w: Exclude<THotWrite, { kind: "audit" }>, date: (d: Date) => string): TWriteStatement {
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
  }
}

/** The statement that records a single-use id; it changes no row when the id was recorded before (ReplayDetected). */
export function replayStatement(r: TReplayRecord, date: (d: Date) => string): TWriteStatement {
  return { name: "insertReplay", values: [r.key, r.kind, date(r.expiresAt)], conditional: true };
}

/** The values of the audit insert, in INSERT_AUDIT_SQL's order. */
export function auditValues(row: THotAuditRow, date: (d: Date) => string): unknown[] {
  return [date(row.at), row.institutionId, row.actorType, row.actorId, row.action, row.targetType, row.targetId, row.ip, row.details, row.prevHash, row.hash];
}

/** How an engine runs one statement inside its open transaction: the number of rows it changed. */
export type TRunStatement = (name: TWriteName, values: unknown[]) => TMaybePromise<number>;

/**
 * A commit's steps, in their order: the single-use ids first (one already recorded: ReplayDetected), then
 * each write (a conditional one that changed no row: WriteRaced). Any throw rolls the engine's transaction
 * back. Synchronous when `run` and the chain are (SQLite).
 */
export function commitSteps(replays: TReplayRecord[], writes: THotWrite[], engine: { run: TRunStatement; chain: THotAuditChain; date: (d: Date) => string }): TMaybePromise<void> {
  const { run, chain, date } = engine;
  const checked = (s: TWriteStatement, failure: () => Error) => thenMaybe(run(s.name, s.values), (changed) => {
    if (s.conditional && changed !== 1) throw failure();
  });
  return thenMaybe(eachMaybe(replays, (r) => checked(replayStatement(r, date), () => new ReplayDetected(r))), () =>
    eachMaybe(writes, (w) => (w.kind === "audit" ? thenMaybe(w.append(chain) as TMaybePromise<unknown>, () => undefined) : checked(writeStatement(w, date), () => new WriteRaced(w)))));
}
