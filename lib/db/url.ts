// Where the database is. DATABASE_URL picks the engine by its scheme:
//   file:./.data/renkei.db (default)    → embedded SQLite through better-sqlite3
//   postgresql://user:pass@host/db      → PostgreSQL through pg
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./.data/renkei.db";

export type TDatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

export function databaseTarget(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): TDatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    return { provider: "sqlite", url, file: file === ":memory:" ? file : path.resolve(file) };
  }
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.split(":")[0]}:")`);
}
