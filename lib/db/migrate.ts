// Applies the SQL migrations in prisma/migrations/<provider>/<timestamp>_<name>/migration.sql, in
// order, each in its own transaction, and records what it applied in "_renkei_migrations".
// Prisma's own migration engine is a binary that cannot be downloaded here (docs/stack-notes.md);
// the folder layout is Prisma's, so `prisma migrate deploy` reads the same files where it can run.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { databaseTarget, type TDatabaseTarget } from "./url";

export type TMigration = { name: string; sql: string; checksum: string };

const root = path.resolve(__dirname, "../..");

export function listMigrations(provider: TDatabaseTarget["provider"]): TMigration[] {
  const dir = path.join(root, "prisma/migrations", provider === "sqlite" ? "sqlite" : "postgres");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export type TMigrateOptions = {
  /**
   * Runs after the migrations, still under PostgreSQL's migration lock: what must not run twice at once
   * when instances start together (the demo seed, prisma/seed.ts). On SQLite it simply runs after them.
   */
  whileLocked?: () => Promise<void>;
};

/** Applies what is missing; returns the names applied now. Refuses an edited, already-applied migration. */
export async function migrate(url?: string, options: TMigrateOptions = {}): Promise<string[]> {
  const target = databaseTarget(url);
  const migrations = listMigrations(target.provider);
  if (target.provider === "postgresql") return migratePostgres(target.url, migrations, options);
  const applied = await migrateSqlite(target.file, migrations);
  await options.whileLocked?.();
  return applied;
}

function checkApplied(applied: Map<string, string>, migrations: TMigration[]) {
  for (const m of migrations) {
    const sum = applied.get(m.name);
    if (sum && sum !== m.checksum) throw new Error(`migration ${m.name} was changed after it was applied`);
  }
  return migrations.filter((m) => !applied.has(m.name));
}

async function migrateSqlite(file: string, migrations: TMigration[]): Promise<string[]> {
  const { default: Database } = await import("better-sqlite3");
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // WAL lets readers go on while one writer writes; it is a property of the file, set once.
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "_renkei_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const rows = db.prepare(`SELECT name, checksum FROM "_renkei_migrations"`).all() as { name: string; checksum: string }[];
    const pending = checkApplied(new Map(rows.map((r) => [r.name, r.checksum])), migrations);
    const record = db.prepare(`INSERT INTO "_renkei_migrations" (name, checksum, applied_at) VALUES (?, ?, ?)`);
    for (const m of pending) {
      db.transaction(() => {
        db.exec(m.sql);
        record.run(m.name, m.checksum, new Date().toISOString());
      }).immediate();
    }
    return pending.map((m) => m.name);
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: TMigration[], options: TMigrateOptions): Promise<string[]> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time, even with several app instances starting together.
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query(`CREATE TABLE IF NOT EXISTS "_renkei_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "_renkei_migrations"`);
    const pending = checkApplied(new Map(rows.map((r) => [r.name, r.checksum])), migrations);
    for (const m of pending) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_renkei_migrations" (name, checksum, applied_at) VALUES ($1, $2, now())`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
    await options.whileLocked?.();
    return pending.map((m) => m.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => undefined);
    await client.end();
  }
}
