// Whether an error means the database cannot be reached right now (down, restarting, in crash recovery, out of
// connections, locked beyond the busy timeout) rather than that a request was wrong: such a request is answered
// 503 with Retry-After (RFC 9110 §15.6.4), so a client comes back instead of giving up.
// Prisma hides the driver's error in more than one place: under `cause`, and — for an error the query engine
// could not classify, P2039 — under `meta.driverAdapterError`, whose `cause` holds PostgreSQL's SQLSTATE as
// `originalCode` (57P03 "the database system is starting up" while PostgreSQL recovers from a crash).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// pg's SQLSTATEs for connection trouble (class 08), shutdown and start-up (57P01–57P03), too many connections
const PG_CODES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300"]);
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const SQLITE_CODES = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN", "SQLITE_IOERR"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
const MESSAGES = /Connection terminated|connection refused|Can't reach database server|database is locked|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error/i;

type TErrorLike = { code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown; message?: unknown; name?: unknown; meta?: { driverAdapterError?: unknown } };

function unavailableHere(x: TErrorLike): boolean {
  for (const value of [x.code, x.originalCode]) {
    const code = typeof value === "string" ? value : "";
    if (PRISMA_CODES.has(code) || PG_CODES.has(code) || NODE_CODES.has(code) || [...SQLITE_CODES].some((c) => code.startsWith(c))) return true;
  }
  if (typeof x.kind === "string" && ADAPTER_KINDS.has(x.kind)) return true;
  if (x.name === "PrismaClientInitializationError") return true;
  return typeof x.message === "string" && MESSAGES.test(x.message);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length && seen < 12; seen++) {
    const e = pending.shift();
    if (!e || typeof e !== "object") continue;
    const x = e as TErrorLike;
    if (unavailableHere(x)) return true;
    pending.push(x.cause, x.meta?.driverAdapterError);
  }
  return false;
}

/** Seconds a client should wait before trying again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;
