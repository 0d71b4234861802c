// `npm test`: installs what is missing (Debian's chromium and PostgreSQL through apt when absent), then
// runs every test: lint, typecheck, the unit tests (no build needed), the build, the integration tests
// against a real server on SQLite and again on PostgreSQL, and Playwright.
// Exits non-zero when any step fails; the steps after a failure still run, so one run shows everything.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensurePostgres } from "./lib/postgres.mjs";
import { root, ensureAuthSecret, ensureBuild, ensureChromium, ensureDemoCa, ensureDependencies, ensurePrismaClients, step } from "./lib/setup.mjs";

ensureDependencies();
ensureChromium();
ensurePrismaClients();
await ensureDemoCa();
const env = { ...process.env, AUTH_SECRET: ensureAuthSecret(), NEXT_TELEMETRY_DISABLED: "1" };
// RENKEI_TEST_PG_URL names the PostgreSQL of the PostgreSQL step only; every other step runs on SQLite
delete env.RENKEI_TEST_PG_URL;
const bin = (name) => path.join(root, "node_modules/.bin", name);
// The integration tests that run a second time on PostgreSQL: the OAuth flows, the API, the lifecycle
// events and the lockouts under parallel requests, through a server whose DATABASE_URL is PostgreSQL.
// The rest is engine-independent or SQLite-specific.
const POSTGRES_TEST_PATHS = ["test/oauth", "test/api", "test/db", "test/robustness/corpus", "test/robustness/races", "test/events", "test/auth"];

const steps = [
  // `npm run lint`: ESLint, then the architecture check (dependency-cruiser, .dependency-cruiser.cjs)
  ["lint", process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "lint"]],
  ["typecheck", bin("tsc"), ["--noEmit"]],
  // three workers on two cores: the unit files wait on their own databases' migrations and on disk as much as on the
  // CPU (vitest's default, cores − 1, left one core idle: 112 s against 68 s with three, same machine, same load)
  ["unit", bin("vitest"), ["run", "--project", "unit", "--maxWorkers=3"]],
  ["build", null, null],
  ["integration", bin("vitest"), ["run", "--project", "integration"]],
  ["integration-pg", bin("vitest"), ["run", "--project", "integration", ...POSTGRES_TEST_PATHS]],
  ["playwright", bin("playwright"), ["test"]],
];

const results = [];
for (const [name, command, args] of steps) {
  step(name);
  const started = Date.now();
  let ok;
  if (name === "build") {
    try {
      await ensureBuild({ ...env, NODE_ENV: "production" }, { force: true });
      ok = true;
    } catch {
      ok = false;
    }
  } else if (name === "integration-pg") {
    let pgEnv;
    try {
      pgEnv = { ...env, RENKEI_TEST_PG_URL: process.env.RENKEI_TEST_PG_URL || ensurePostgres(), RENKEI_TEST_PORT_BASE: String(Number(process.env.RENKEI_TEST_PORT_BASE || 3100) + 50) };
    } catch (error) {
      console.error(`PostgreSQL could not be set up: ${error instanceof Error ? error.message : error}`);
    }
    ok = Boolean(pgEnv) && spawnSync(command, args, { cwd: root, env: pgEnv, stdio: "inherit" }).status === 0;
  } else {
    ok = spawnSync(command, args, { cwd: root, env, stdio: "inherit" }).status === 0;
  }
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (name === "build" && !ok) break; // nothing after it can run without a build
}

console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name.padEnd(15)} ${r.seconds}s`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
