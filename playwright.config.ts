import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BANK_HTTP_DB_NAME, E2E_CORE_SIM_DIR, E2E_CORE_SIM_SECRET, E2E_DB_NAME, E2E_PORT, E2E_TLS_PORT, extraServerPort, extraServerTlsPort, testServerEnv } from "./test/env";

// Debian's Chromium, never a downloaded browser (no internet here). The flags keep it off the network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

// Project bank-http (issue 23): the consent flows in http mode, through the reference simulator
// (scripts/core-sim.ts) instead of the embedded demo bank. Its specs are e2e/bank-http/; the other
// project's are everything else, so neither runs the other's.
const BANK_HTTP_SPECS = /[\\/]e2e[\\/]bank-http[\\/]/;
const BANK_HTTP_PORT = extraServerPort("e2eBankHttp");
const CORE_SIM_PORT = extraServerPort("e2eCoreSim");

/** Whether this run selected the project (--project NAME…, -p, or --project=NAME; none given: every project). */
function selected(name: string): boolean {
  const names: string[] = [];
  let inList = false; // --project takes every argument up to the next option
  for (const arg of process.argv) {
    if (arg === "--project" || arg === "-p") inList = true;
    else if (arg.startsWith("-")) inList = false;
    else if (inList) names.push(arg);
    if (arg.startsWith("--project=")) names.push(arg.slice("--project=".length));
  }
  return names.length === 0 || names.includes(name);
}

const e2eServer = {
  command: "node scripts/serve-test.mjs",
  // a SQLite file of its own even when the vitest run is pointed at PostgreSQL
  env: {
    ...testServerEnv(E2E_DB_NAME, E2E_PORT, E2E_TLS_PORT), DATABASE_URL: `file:${path.join(__dirname, ".data/test", `${E2E_DB_NAME}.db`)}`,
    // its metrics listener (e2e/consent-flows.spec.ts reads it after a flow)
    RENKEI_METRICS_PORT: String(extraServerPort("e2eMetrics")),
  },
  url: `http://localhost:${E2E_PORT}/healthz`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore",
  stderr: "pipe",
} as const;

// the simulator first (a fresh copy of the demo bank), then a server whose seed connects every demo institution to it
const bankHttpServers = [
  {
    command: "node scripts/serve-test-core-sim.mjs",
    env: { RENKEI_CORE_SIM_PORT: String(CORE_SIM_PORT), RENKEI_CORE_SIM_SECRET: E2E_CORE_SIM_SECRET, RENKEI_CORE_SIM_DIR: E2E_CORE_SIM_DIR },
    url: `http://127.0.0.1:${CORE_SIM_PORT}/__health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
  {
    command: "node scripts/serve-test.mjs",
    env: {
      ...testServerEnv(E2E_BANK_HTTP_DB_NAME, BANK_HTTP_PORT, extraServerTlsPort("e2eBankHttp")),
      DATABASE_URL: `file:${path.join(__dirname, ".data/test", `${E2E_BANK_HTTP_DB_NAME}.db`)}`,
      RENKEI_DEMO_CORE: "http", RENKEI_CORE_SIM_PORT: String(CORE_SIM_PORT), RENKEI_CORE_SIM_SECRET: E2E_CORE_SIM_SECRET,
    },
    url: `http://localhost:${BANK_HTTP_PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
] as const;

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker: the specs share the demo users, their one grant per (client, user), their lockout
  // counters and their one-time passwords; in parallel they would race each other.
  workers: 1,
  timeout: 60_000,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ignoreHTTPSErrors: true, // the HTTPS listener's certificate comes from the demo CA
    launchOptions: chromium,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
  },
  projects: [
    { name: "chromium", testIgnore: BANK_HTTP_SPECS, use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    { name: "bank-http", testMatch: BANK_HTTP_SPECS, use: { ...devices["Desktop Chrome"], launchOptions: chromium, baseURL: `http://localhost:${BANK_HTTP_PORT}` } },
  ],
  // each project's servers only when it runs
  webServer: [...(selected("chromium") ? [e2eServer] : []), ...(selected("bank-http") ? bankHttpServers : [])],
});
