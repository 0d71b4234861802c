// An empty PostgreSQL database of a test's own, for what must start from nothing (a first start, two
// instances seeding together) without touching the suite's shared database. It sits on the server of
// RENKEI_TEST_PG_URL, or on the local one scripts/lib/postgres.mjs installs; its name carries the
// suite's database name and port base, so parallel checkouts never share one. It is created once
// (as its role, or as the local postgres superuser when the role may not create databases) and
// emptied on every call.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { ensurePostgres } from "../../scripts/lib/postgres.mjs";

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export async function scratchPostgres(name: string): Promise<string> {
  const base = new URL(process.env.RENKEI_TEST_PG_URL || ensurePostgres());
  const database = `${base.pathname.slice(1)}_${name}_${process.env.RENKEI_TEST_PORT_BASE || "3100"}`.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  const exists = await query(base.href, "SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!exists.rowCount) {
    try {
      await query(base.href, `CREATE DATABASE "${database}"`);
    } catch {
      const owner = decodeURIComponent(base.username);
      execFileSync("su", ["postgres", "-c", `psql -v ON_ERROR_STOP=1 -qc 'CREATE DATABASE "${database}" OWNER "${owner}"'`], { cwd: "/", stdio: ["ignore", "ignore", "inherit"] });
    }
  }
  const url = new URL(base.href);
  url.pathname = `/${database}`;
  await query(url.href, "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
  return url.href;
}
