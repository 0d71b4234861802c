import path from "node:path";
import { defineConfig } from "vitest/config";
import { VITEST_DB_NAME, VITEST_PORT, VITEST_TLS_PORT } from "./test/ports";

export default defineConfig({
  resolve: {
    alias: {
      "server-only": path.resolve(__dirname, "test/empty-module.ts"),
      "@": path.resolve(__dirname),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    env: {
      DATABASE_URL: process.env.RENKEI_TEST_PG_URL || `file:${path.resolve(__dirname, ".data/test", `${VITEST_DB_NAME}.db`)}`,
      PORT: String(VITEST_PORT),
      TLS_PORT: String(VITEST_TLS_PORT),
      RENKEI_ORIGIN: `http://localhost:${VITEST_PORT}`,
      RENKEI_TLS_ORIGIN: `https://localhost:${VITEST_TLS_PORT}`,
      AUTH_SECRET: "test-auth-secret-not-for-production-0123456789",
      RENKEI_INITIAL_ACCESS_TOKEN: "test-initial-access-token",
    },
  },
});
