// The e2e server's SQLite file (playwright.config.ts gives it its own), for the specs that read or set
// a row directly, and one statement's worth of access to it.
import path from "node:path";
import Database from "better-sqlite3";
import { E2E_DB_NAME } from "../../test/env";

export const E2E_DB_FILE = path.resolve(__dirname, "../..", ".data/test", `${E2E_DB_NAME}.db`);

export function sql<T>(run: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB_FILE);
  try {
    return run(db);
  } finally {
    db.close();
  }
}
