// Playwright's web server: a fresh, seeded database, then the production server (see test/server-process.ts).
// usage: node scripts/serve-test.mjs <db-name> <port> <tls-port>
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [name = "e2e", port = "3101", tlsPort = "3544"] = process.argv.slice(2);
const file = path.join(root, ".data/test", `${name}.db`);
const env = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: `file:${file}`,
  PORT: port,
  TLS_PORT: tlsPort,
  RENKEI_ORIGIN: `http://localhost:${port}`,
  RENKEI_TLS_ORIGIN: `https://localhost:${tlsPort}`,
  AUTH_SECRET: process.env.AUTH_SECRET || "test-auth-secret-not-for-production-0123456789",
  RENKEI_INITIAL_ACCESS_TOKEN: process.env.RENKEI_INITIAL_ACCESS_TOKEN || "test-initial-access-token",
};
mkdirSync(path.dirname(file), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "inherit" });
const child = spawn(process.execPath, ["server.mjs"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
