// Whether the database holds every migration this build knows (prisma/migrations/<provider>/, recorded by
// lib/db/migrate.ts in "_renkei_migrations"). Asked once: a yes is kept for the process's life (a schema is
// never un-migrated under a running process); a no or an error is asked again at most every 5 s, so that an
// instance that started before another applied the migrations becomes ready without a restart.
// The folder is read from the server's working directory, where `npm start` and server.mjs run.
import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db, dbProvider } from "@/lib/db";

const RETRY_MS = 5000;
let known: { ok: true } | { ok: false; at: number; problem: string } | null = null;

function expectedMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma/migrations", dbProvider() === "sqlite" ? "sqlite" : "postgres");
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
}

async function check(): Promise<string | null> {
  const expected = expectedMigrations();
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "_renkei_migrations"`);
  const applied = new Set(rows.map((row) => row.name));
  const missing = expected.filter((name) => !applied.has(name));
  return missing.length ? `${missing.length} migration(s) not applied, the first ${missing[0]}` : null;
}

/** null when every migration is applied, else why not. */
export async function migrationsProblem(): Promise<string | null> {
  if (known?.ok) return null;
  if (known && Date.now() - known.at < RETRY_MS) return known.problem;
  let problem: string | null;
  try {
    problem = await check();
  } catch (error) {
    problem = `could not be checked: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
  known = problem === null ? { ok: true } : { ok: false, at: Date.now(), problem };
  return problem;
}
