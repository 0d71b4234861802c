// Starts the production server (server.mjs over the last `next build`) on its own ports and database,
// for tests that talk to it over real HTTP. The database is migrated and seeded first.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export type TServer = { baseUrl: string; tlsUrl: string; env: NodeJS.ProcessEnv; pid: number; stop: () => Promise<void> };

const root = path.resolve(__dirname, "..");

/** The test database: a SQLite file per suite, or the PostgreSQL of RENKEI_TEST_PG_URL (scripts/lib/postgres.mjs). */
export function testDatabaseUrl(name: string): string {
  return process.env.RENKEI_TEST_PG_URL || `file:${path.join(root, ".data/test", `${name}.db`)}`;
}

export function testEnv(name: string, port: number, tlsPort: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: testDatabaseUrl(name),
    PORT: String(port),
    TLS_PORT: String(tlsPort),
    RENKEI_ORIGIN: `http://localhost:${port}`,
    RENKEI_TLS_ORIGIN: `https://localhost:${tlsPort}`,
    AUTH_SECRET: process.env.AUTH_SECRET || "test-auth-secret-not-for-production-0123456789",
    RENKEI_INITIAL_ACCESS_TOKEN: process.env.RENKEI_INITIAL_ACCESS_TOKEN || "test-initial-access-token",
  };
}

/** Fresh database: empty it, migrate, seed. */
export function prepareDatabase(env: NodeJS.ProcessEnv) {
  const url = env.DATABASE_URL!;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  } else {
    execFileSync(process.execPath, ["-e", RESET_POSTGRES, url], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  }
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}

const RESET_POSTGRES = `
const { Client } = require("pg");
const client = new Client({ connectionString: process.argv[1] });
client.connect()
  .then(() => client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"))
  .then(() => client.end(), (e) => { console.error(e.message); process.exit(1); });
`;

export async function startServer(name: string, port: number, tlsPort: number, extraEnv: Record<string, string> = {}, options: { fresh?: boolean; nodeArgs?: string[] } = {}): Promise<TServer & { kill: () => void }> {
  const env = { ...testEnv(name, port, tlsPort), ...extraEnv };
  if (options.fresh !== false) prepareDatabase(env);
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), "server.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    pid: child.pid!,
    tlsUrl: `https://localhost:${tlsPort}`,
    env,
    /** SIGKILL to the whole process group: no shutdown, no flush — a crash. */
    kill: () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid!, "SIGTERM"); // the whole group: next-server too (STACK-NOTES)
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
}
