import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DB_NAME, E2E_PORT, E2E_TLS_PORT, testServerEnv } from "./test/env";

// Debian's Chromium, never a downloaded browser (no internet here). The flags keep it off the network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    command: "node scripts/serve-test.mjs",
    // a SQLite file of its own even when the vitest run is pointed at PostgreSQL
    env: { ...testServerEnv(E2E_DB_NAME, E2E_PORT, E2E_TLS_PORT), DATABASE_URL: `file:${path.join(__dirname, ".data/test", `${E2E_DB_NAME}.db`)}` },
    url: `http://localhost:${E2E_PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
