// Playwright's web server (playwright.config.ts): a fresh, seeded database, then the production server.
// The environment (database, ports, origins, secrets) comes from playwright.config.ts, which takes it
// from test/env.ts.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const url = process.env.DATABASE_URL ?? "";
if (!url.startsWith("file:")) throw new Error("serve-test: DATABASE_URL must name a SQLite file");
const file = url.slice("file:".length);
mkdirSync(path.dirname(file), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
const env = { ...process.env, NODE_ENV: "production" };
execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "inherit" });
const child = spawn(process.execPath, ["server.mjs"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
