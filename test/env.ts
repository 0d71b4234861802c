// The one definition of the test environment: ports, database names, secrets and the variables a test
// server runs with. vitest.config.ts, playwright.config.ts and test/server-process.ts all read it.
// RENKEI_TEST_PORT_BASE moves every port (parallel checkouts); RENKEI_TEST_PG_URL puts the test
// servers on a PostgreSQL instead of a SQLite file per suite (scripts/lib/postgres.mjs).
import path from "node:path";

const root = path.resolve(__dirname, "..");
const base = Number(process.env.RENKEI_TEST_PORT_BASE || 3100);

export const VITEST_PORT = base;
export const VITEST_TLS_PORT = base + 443;
export const E2E_PORT = base + 1;
export const E2E_TLS_PORT = base + 444;

/**
 * The extra servers some test files start beside the suite's, one port range each (HTTP at base + n, its
 * TLS listener, when it has one, at base + 443 + n): vitest runs files in parallel, and a port already
 * taken refuses the second server.
 */
const EXTRA = { firstOperator: 5, crash: 20, dpopNonceRequired: 30, cookiesHttps: 32, instances: 40, bothMounts: 44, eventCrash: 50, databaseDown: 54, refuseBeforeListening: 60, listenerLimits: 62, tlsOff: 64, outsideDemo: 66, bankTransport: 80, coreSim: 100, bankHttp: 102, bankFailures: 110, e2eCoreSim: 120, e2eBankHttp: 122, rollingRestart: 130, rollingRestartProxy: 134, databaseCrash: 136, roleMachine: 140, roleAll: 142, rolePortal: 144, gracefulShutdown: 146, observability: 150, observabilityMetrics: 151, e2eMetrics: 152, limitsInstances: 160, limitsUsage: 164, e2eLimits: 166 } as const;
export const extraServerPort = (file: keyof typeof EXTRA, n = 0) => base + EXTRA[file] + n;
export const extraServerTlsPort = (file: keyof typeof EXTRA) => base + 443 + EXTRA[file];
export const VITEST_DB_NAME = process.env.RENKEI_TEST_DB || "vitest";
export const E2E_DB_NAME = process.env.RENKEI_E2E_DB || "e2e";
/** Playwright's project bank-http (playwright.config.ts): a server in http mode and the simulator it connects to. */
export const E2E_BANK_HTTP_DB_NAME = "e2e-bank-http";
export const E2E_CORE_SIM_DIR = path.join(root, ".data/test/e2e-core-sim");
export const E2E_CORE_SIM_SECRET = "test-e2e-core-sim-secret-0123456789";

export const TEST_AUTH_SECRET = "test-auth-secret-not-for-production-0123456789";
export const TEST_INITIAL_ACCESS_TOKEN = "test-initial-access-token";

/** The test database: a SQLite file per suite, or the PostgreSQL of RENKEI_TEST_PG_URL. */
export function testDatabaseUrl(name: string): string {
  return process.env.RENKEI_TEST_PG_URL || `file:${path.join(root, ".data/test", `${name}.db`)}`;
}

/** What a test server (and the test process talking to its database) runs with. */
export function testServerEnv(name: string, port: number, tlsPort: number): Record<string, string> {
  return {
    DATABASE_URL: testDatabaseUrl(name),
    PORT: String(port),
    TLS_PORT: String(tlsPort),
    RENKEI_ORIGIN: `http://localhost:${port}`,
    RENKEI_TLS_ORIGIN: `https://localhost:${tlsPort}`,
    AUTH_SECRET: process.env.AUTH_SECRET || TEST_AUTH_SECRET,
    RENKEI_INITIAL_ACCESS_TOKEN: process.env.RENKEI_INITIAL_ACCESS_TOKEN || TEST_INITIAL_ACCESS_TOKEN,
    // the suites run on the demo data, on files and databases that are not the embedded default
    // (lib/config/demo-data-wanted.ts)
    RENKEI_DEMO: "1",
    // lifecycle events in seconds, not minutes (lib/events/delivery-settings.ts, instrumentation.ts)
    RENKEI_EVENT_POLL_MS: "200",
    RENKEI_EVENT_RETRY_BASE_MS: "500",
    RENKEI_EVENT_TIMEOUT_MS: "3000",
    RENKEI_SWEEP_INTERVAL_MS: "2000",
    // a stopped test server exits at once; the rolling-restart tests set their own grace (test/robustness/rolling-restart.test.ts)
    RENKEI_SHUTDOWN_GRACE_MS: "0",
    // no metrics listener: the suites' servers run side by side, and 9464 is one port (a test that reads the
    // metrics gives its server a port of its own: test/observability/)
    RENKEI_METRICS_PORT: "0",
  };
}
