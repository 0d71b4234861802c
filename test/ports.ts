// Ports and database names for test servers. RENKEI_TEST_PORT_BASE moves them all (parallel checkouts).
const base = Number(process.env.RENKEI_TEST_PORT_BASE || 3100);
export const VITEST_PORT = base;
export const VITEST_TLS_PORT = base + 443;
export const E2E_PORT = base + 1;
export const E2E_TLS_PORT = base + 444;
export const VITEST_DB_NAME = process.env.RENKEI_TEST_DB || "vitest";
export const E2E_DB_NAME = process.env.RENKEI_E2E_DB || "e2e";
