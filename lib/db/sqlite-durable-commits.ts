// Every SQLite connection Renkei writes through commits durably: `synchronous = FULL`, so that a commit's
// write-ahead log is on the disk before its caller answers — a power cut or a crash of the machine loses
// nothing a client or a customer was told, as PostgreSQL's `synchronous_commit = on` promises. The hot
// commits gather into batches (lib/db/hot/sqlite-hot-queries.ts), so the flush is paid once per batch.
// Set on every connection because better-sqlite3 builds SQLite with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1: a
// connection opened on a file already in WAL mode — every connection after `npm run migrate` — would run
// `synchronous = NORMAL`, where the last commits survive a crash of the process but not of the machine.
// https://www.sqlite.org/pragma.html#pragma_synchronous
import "server-only";

type TSqliteConnection = { pragma: (source: string) => unknown };

/** The connection flushes the write-ahead log at every COMMIT. */
export function commitDurably(connection: TSqliteConnection): void {
  connection.pragma("synchronous = FULL");
}
