// Whether an error means the database cannot be reached right now (down, restarting, out of
// connections, locked beyond the busy timeout) rather than that a request was wrong: such a request
// is answered 503 with Retry-After (RFC 9110 §15.6.4), so a client comes back instead of giving up.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// pg's SQLSTATEs for connection trouble (class 08), shutdown and start-up (57P01–57P03), too many connections
const PG_CODES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300"]);
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const SQLITE_CODES = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_CANTOPEN", "SQLITE_IOERR"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const x = e as { code?: unknown; kind?: unknown; cause?: unknown; message?: unknown; name?: unknown };
    const code = typeof x.code === "string" ? x.code : "";
    if (PRISMA_CODES.has(code) || PG_CODES.has(code) || NODE_CODES.has(code) || [...SQLITE_CODES].some((c) => code.startsWith(c))) return true;
    if (typeof x.kind === "string" && ADAPTER_KINDS.has(x.kind)) return true;
    if (x.name === "PrismaClientInitializationError") return true;
    if (typeof x.message === "string" && /Connection terminated|connection refused|Can't reach database server|database is locked/i.test(x.message)) return true;
    e = x.cause;
  }
  return false;
}

/** Seconds a client should wait before trying again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;
