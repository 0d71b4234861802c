// One view per process (lib/process/cross-bundle.ts) of whether the database can be reached. Every PostgreSQL
// query's failure passes here (lib/db.ts wraps Prisma's adapter; the hot queries' pool reports too), and so do
// the pools' `error` events — a connection PostgreSQL dropped while idle, which without a listener would be an
// uncaughtException. While the database is down:
//   - the screens are answered 503 before they reach Next (lib/http/database-outage-page.ts, server.mjs);
//   - a probe (one `SELECT 1` a second) notices its return, so the process recovers without a restart even when
//     no request touches the database;
//   - the log gets one line when it goes down and one when it is back, never one per request.
import { processSingleton } from "@/lib/process/cross-bundle";
import { logger } from "@/lib/observability/logger";
import { isDatabaseUnavailable } from "./database-unavailable";

const PROBE_EVERY_MS = 1000;

type TOutage = { down: boolean; since: number; probe: (() => Promise<unknown>) | null; timer: NodeJS.Timeout | null; probing: boolean };

const outage = () => processSingleton<TOutage>("databaseOutage", () => ({ down: false, since: 0, probe: null, timer: null, probing: false }));

const describe = (error: unknown) => {
  const x = error as { code?: unknown; message?: unknown };
  const message = typeof x?.message === "string" ? x.message.split("\n").find((line) => line.trim()) ?? "" : String(error);
  return typeof x?.code === "string" ? `${x.code} ${message}` : message;
};

/** The query lib/db.ts runs to see whether the database is back. */
export function setOutageProbe(probe: () => Promise<unknown>): void {
  outage().probe = probe;
}

/** Whether the database is known to be unreachable right now. */
export function databaseDown(): boolean {
  return outage().down;
}

/**
 * A database error: when it says the database cannot be reached, the process takes note. Returns whether it did.
 * Only a database with a probe (PostgreSQL: lib/db.ts) can be down; on SQLite "unreachable" is a lock held past
 * the busy timeout, a moment's contention rather than an outage, and is only logged.
 */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  const state = outage();
  if (!state.probe) {
    logger().error({ reason: describe(error) }, `database busy (${describe(error)}): answered 503 with Retry-After`);
    return true;
  }
  if (state.down) return true;
  state.down = true;
  state.since = Date.now();
  logger().error({ reason: describe(error) }, `database unavailable (${describe(error)}): answering 503 with Retry-After until it is back`);
  state.timer = setInterval(probe, PROBE_EVERY_MS);
  state.timer.unref();
  return true;
}

/** A query succeeded: when the database was down, it is back. */
export function noteDatabaseReached(): void {
  const state = outage();
  if (!state.down) return;
  state.down = false;
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
  logger().info(`database reachable again after ${((Date.now() - state.since) / 1000).toFixed(1)} s`);
}

function probe() {
  const state = outage();
  if (!state.probe || state.probing) return;
  state.probing = true;
  state.probe().then(noteDatabaseReached, () => undefined).finally(() => (state.probing = false));
}

/**
 * For a pool's or a connection's `error` event: one dropped connection is not yet an outage (an idle timeout, a
 * pooler's restart), so the probe asks at once, and an outage is noted only when it fails too.
 */
export function onPoolError(): void {
  const state = outage();
  if (state.down || !state.probe) return;
  state.probe().catch(noteDatabaseError);
}
