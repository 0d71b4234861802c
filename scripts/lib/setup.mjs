// What both `npm start` and `npm test` do first on a fresh clone: install what is missing, generate the
// Prisma clients, create the demo CA and the local secrets. Each step is skipped when already done.
import { execFileSync, execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

export function step(title) {
  console.log(`\n▶ ${title}`);
}

export function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: root, stdio: "inherit", ...options });
}

export function ensureDependencies() {
  const marker = path.join(root, "node_modules/.package-lock.json");
  if (existsSync(marker) && mtime(marker) >= mtime(path.join(root, "package-lock.json"))) return;
  step("Installing dependencies (npm ci) — the first time takes a few minutes");
  try {
    run("npm", ["ci", "--no-audit", "--no-fund"], { stdio: ["ignore", "inherit", "pipe"] });
  } catch (error) {
    // npm 11 leaves some packages' optional per-platform bindings (e.g. @unrs/resolver-binding-*)
    // out of the lockfile and then refuses its own lockfile in `npm ci`; `npm install` completes it.
    // Its page of usage text is not shown; the first line of the reason is.
    const lines = String(error.stderr ?? "").split("\n");
    const reason = lines.find((line) => line.includes("Missing:")) ?? lines.find((line) => /^npm error \S/.test(line)) ?? "";
    step(`npm ci refused the lockfile (${reason.replace(/^npm error\s*/, "").trim() || "see npm's log"}); installing with npm install instead`);
    run("npm", ["install", "--no-audit", "--no-fund"]);
  }
}

export function ensurePrismaClients() {
  const schema = path.join(root, "prisma/schema.prisma");
  const generated = path.join(root, "lib/generated/postgres/client.ts");
  if (mtime(generated) > mtime(schema) && existsSync(path.join(root, "lib/generated/sqlite/client.ts"))) return;
  step("Generating the Prisma clients (SQLite and PostgreSQL)");
  run(process.execPath, ["scripts/generate.mjs"]);
}

export async function ensureDemoCa() {
  const { ensureDemoCa: create } = await import("../demo-ca.mjs");
  await create();
}

/** AUTH_SECRET signs next-auth sessions; kept in the data folder so that restarts keep sessions. */
export function ensureAuthSecret(env = process.env) {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.join(root, process.env.RENKEI_DATA_DIR || ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Migrates, and seeds the demo data when this is the demo (prisma/seed.ts decides: the embedded SQLite
 * default, or RENKEI_DEMO=1). Returns whether the demo data is there, from the seed's last line.
 */
export function migrateAndSeed(env = process.env) {
  step("Migrating the database (and seeding the demo data on the embedded demo database)");
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed.ts"], {
    cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
  });
  process.stdout.write(out);
  return { demo: /^seed: demo data ready$/m.test(out) };
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds (Next, then the machine endpoints' bundle) when there is no build or a source file is newer than it. */
export async function ensureBuild(env = process.env, { force = false } = {}) {
  const distDir = path.join(root, env.NEXT_DIST_DIR || ".next");
  const buildId = path.join(distDir, "BUILD_ID");
  const sources = ["app", "components", "lib", "public", "prisma"].map((d) => path.join(root, d)).filter(existsSync);
  const newest = Math.max(...sources.map(newestSource), mtime(path.join(root, "next.config.js")), mtime(path.join(root, "package-lock.json")));
  const { buildMachine, machineBundlePath } = await import("../build-machine.mjs");
  const machine = machineBundlePath(env.NEXT_DIST_DIR);
  if (!force && mtime(buildId) > newest && mtime(machine) > newest) return;
  step("Building the app (next build, then the machine endpoints' bundle)");
  run(path.join(root, "node_modules/.bin/next"), ["build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  await buildMachine(env.NEXT_DIST_DIR); // after next build, which empties the dist folder
}

// A Japanese font, so that the screenshots Playwright keeps show the screens' words, not empty boxes.
const JAPANESE_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

export function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  const missing = [existsSync(chromium) ? null : "chromium", existsSync(JAPANESE_FONT) ? null : "fonts-noto-cjk"].filter(Boolean);
  if (missing.length === 0) return;
  step(`Installing Debian's ${missing.join(" and ")} (apt) for the browser tests`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(" ")}`, { stdio: "inherit" });
}
