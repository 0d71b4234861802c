// "balances through the bank connector": the same balances request as "renkei balances", with the institution
// switched to http mode against the reference simulator (scripts/core-sim.ts) on this machine, over the transport's
// keep-alive pool. The simulator serves a copy of the bench database (so the bank's references are Renkei's own
// account ids: Account.bankRef is set to the id), and the institution goes back to embedded afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BENCH_DB_FILE } from "./renkei-target";
import { BENCH_PORTS } from "./lib/ports";

const root = path.resolve(__dirname, "..");
export const SIM_PORT = BENCH_PORTS.bankSimulator;
const SIM_DIR = path.join(root, ".data/bench/core-sim");
/** the bearer secret's variable: set before the bench's Renkei starts, so its server reads it */
export const SIM_SECRET_ENV = "RENKEI_BENCH_SIM_SECRET";
// lib/institutions/get-institution.ts keeps an institution's row this long (INSTITUTION_TTL_MS, 5 s)
const INSTITUTION_CACHE_MS = 5_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Copies the bench database for the simulator and starts it; resolves when its health answers. */
export async function startSimulator(whenDone: (stop: () => void) => void, nodeArgs: string[] = []): Promise<ChildProcess> {
  rmSync(SIM_DIR, { recursive: true, force: true });
  mkdirSync(SIM_DIR, { recursive: true });
  const source = new Database(BENCH_DB_FILE, { readonly: true });
  await source.backup(path.join(SIM_DIR, "bank.db"));
  source.close();
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "--conditions=react-server", "scripts/core-sim.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", RENKEI_CORE_SIM_PORT: String(SIM_PORT), RENKEI_CORE_SIM_DIR: SIM_DIR, RENKEI_CORE_SIM_SECRET: process.env[SIM_SECRET_ENV] },
    stdio: ["ignore", "ignore", "inherit"],
  });
  whenDone(() => void child.kill());
  for (let i = 0; i < 600; i += 1) {
    if (await fetch(`http://127.0.0.1:${SIM_PORT}/__health`).then((r) => r.ok, () => false)) return child;
    await pause(200);
  }
  throw new Error("bench: the bank simulator did not start");
}

/** Puts the institution in http mode through the simulator (or back to embedded), and waits out the institution cache. */
export async function connectThroughSimulator(institutionId: string, on: boolean) {
  const sqlite = new Database(BENCH_DB_FILE);
  try {
    const row = sqlite.prepare(`SELECT "settings", "slug" FROM "Institution" WHERE "id" = ?`).get(institutionId) as { settings: string; slug: string };
    const settings = JSON.parse(row.settings);
    settings.core = on
      ? { mode: "http", baseUrl: `http://127.0.0.1:${SIM_PORT}/${row.slug}`, timeoutMs: 2000, maxConcurrent: 32, auth: { kind: "bearer", secretEnv: SIM_SECRET_ENV } }
      : { mode: "embedded", timeoutMs: 2000, maxConcurrent: 16 };
    sqlite.prepare(`UPDATE "Institution" SET "settings" = ? WHERE "id" = ?`).run(JSON.stringify(settings), institutionId);
    // the simulator's copy has the same ids: the bank's reference of each account is its Renkei id
    sqlite.prepare(`UPDATE "Account" SET "bankRef" = "id" WHERE "institutionId" = ? AND "bankRef" IS NULL`).run(institutionId);
    sqlite.prepare(`UPDATE "User" SET "bankRef" = "id" WHERE "institutionId" = ? AND "bankRef" IS NULL`).run(institutionId);
  } finally {
    sqlite.close();
  }
  await pause(INSTITUTION_CACHE_MS + 500);
}

export async function injectLatency(latencyMs: number) {
  const response = await fetch(`http://127.0.0.1:${SIM_PORT}/__faults`, { method: "POST", body: JSON.stringify({ latencyMs }) });
  if (!response.ok) throw new Error(`bench: the simulator refused its faults (${response.status})`);
}
