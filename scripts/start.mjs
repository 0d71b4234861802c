// `npm start`: everything a fresh clone needs, then the portal on http://localhost:3000 and the
// certificate-login listener on https://localhost:3443.
// RENKEI_DEMO_CORE=http: the demo bank runs in the reference simulator (scripts/core-sim.ts, port
// RENKEI_CORE_SIM_PORT, 3900) beside the portal, and every demo institution reaches it over the bank protocol;
// Renkei's own database (.data/renkei-http.db) then holds institutions, aggregators and clients only.
import { spawn } from "node:child_process";
import path from "node:path";
import { root, ensureAuthSecret, ensureBuild, ensureDemoCa, ensureDependencies, ensurePrismaClients, migrateAndSeed, step } from "./lib/setup.mjs";
import { coreSimSecret } from "./lib/core-sim-secret.mjs";

ensureDependencies();
ensurePrismaClients();
await ensureDemoCa();
const env = { ...process.env, NODE_ENV: "production", AUTH_SECRET: ensureAuthSecret(), NEXT_TELEMETRY_DISABLED: "1" };
const demoCore = env.RENKEI_DEMO_CORE || "embedded";
if (demoCore !== "embedded" && demoCore !== "http") throw new Error("RENKEI_DEMO_CORE must be embedded or http");
if (demoCore === "http") {
  // its own database: one seeded with the embedded demo bank must not be switched under its grants
  env.DATABASE_URL ||= "file:./.data/renkei-http.db";
  env.RENKEI_DEMO ||= "1";
  env.RENKEI_CORE_SIM_PORT ||= "3900";
  env.RENKEI_CORE_SIM_SECRET = coreSimSecret(env);
}
const { demo } = migrateAndSeed(env);
await ensureBuild(env);

const port = env.PORT || 3000;
const tlsPort = Number(env.TLS_PORT ?? 3443); // 0: no HTTPS listener, so no certificate login
const role = env.RENKEI_ROLE || "all";
const origin = env.RENKEI_ORIGIN || `http://localhost:${port}`;
step("Starting Renkei");
console.log(`
  Role              ${role}${role === "machine" ? " (OAuth and API endpoints only; no screens)" : role === "portal" ? " (screens; the OAuth and API endpoints are not served)" : ""}
  Health            ${origin}/healthz   ${origin}/readyz
  Portal            ${origin}/
  Operator console  ${origin}/console${demo ? "      (ops-admin / Operator-pass-1)" : ""}
  API docs          ${origin}/docs
  Designer preview  ${origin}/preview`);
console.log(demo ? `  Institutions      ${origin}/sakura   ${origin}/minato   ${origin}/kita
  Demo aggregator   ${origin}/demo
${tlsPort ? `  Certificate login https://localhost:${tlsPort}  (demo certificates: .data/ca/users/*.p12, password "renkei")\n` : ""}
  Demo logins (README.md has them all):
    sakura 個人  契約者ID 1000000001  パスワード Demo-pass-1  ワンタイムパスワード: TOTP secret JBSWY3DPEHPK3PXP
    sakura 法人  契約者ID(利用者番号) 2000000001  利用者ID admin01  利用者暗証番号 Demo-pass-2
    minato 個人  契約者ID 1000000002  パスワード Demo-pass-1  (TOTP as above)
    minato 法人  お客様ID CORP0002  ログインパスワード Demo-pass-2
    kita   法人  ログインID kita-user1  ログインパスワード Demo-pass-3  追加認証の回答 ぽち  照会用暗証番号 1234
` : `
  No demo data: DATABASE_URL is not the embedded demo database (docs/operators.md, "First start").
  Institutions:  npm run renkei -- institution add --slug … --name … --bank-code … --settings settings.json --theme theme.json
  The first operator, the password read from stdin (never from the command line):
    printf '%s' "$PASSWORD" | npm run renkei -- operator add --login <id> --name <name> --institutions all
`);
const simulator = demoCore === "http" ? await startSimulator() : null;
const server = spawn(process.execPath, ["server.mjs"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => { server.kill(signal); simulator?.kill(signal); });
server.on("exit", (code) => { simulator?.kill("SIGTERM"); process.exit(code ?? 0); });

/** The reference simulator with its own demo bank; resolves once it answers. */
async function startSimulator() {
  step(`Starting the bank simulator (http://127.0.0.1:${env.RENKEI_CORE_SIM_PORT}, its own demo bank in .data/core-sim)`);
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/core-sim.ts"], { cwd: root, env, stdio: "inherit" });
  child.on("exit", (code) => {
    console.error(`the bank simulator stopped (${code}); the demo institutions answer 503 until it runs again`);
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${env.RENKEI_CORE_SIM_PORT}/__health`).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("the bank simulator did not start within 120 s");
}
