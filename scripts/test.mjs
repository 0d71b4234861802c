// `npm test`: installs what is missing (Debian's chromium through apt when absent), then runs every
// test: lint, typecheck, vitest (unit and integration, against a real server) and Playwright.
// Exits non-zero when any step fails; the steps after a failure still run, so one run shows everything.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { root, ensureAuthSecret, ensureBuild, ensureChromium, ensureDemoCa, ensureDependencies, ensurePrismaClients, step } from "./lib/setup.mjs";

ensureDependencies();
ensureChromium();
ensurePrismaClients();
await ensureDemoCa();
const env = { ...process.env, AUTH_SECRET: ensureAuthSecret(), NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name) => path.join(root, "node_modules/.bin", name);

const steps = [
  ["lint", bin("eslint"), ["."]],
  ["typecheck", bin("tsc"), ["--noEmit"]],
  ["build", null, null],
  ["vitest", bin("vitest"), ["run"]],
  ["playwright", bin("playwright"), ["test"]],
];

const results = [];
for (const [name, command, args] of steps) {
  step(name);
  const started = Date.now();
  let ok;
  if (name === "build") {
    try {
      ensureBuild({ ...env, NODE_ENV: "production" }, { force: true });
      ok = true;
    } catch {
      ok = false;
    }
  } else {
    ok = spawnSync(command, args, { cwd: root, env, stdio: "inherit" }).status === 0;
  }
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (name === "build" && !ok) break; // nothing after it can run without a build
}

console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name.padEnd(11)} ${r.seconds}s`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
