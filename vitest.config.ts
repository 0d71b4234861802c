// Two projects:
//   unit         lib/**, components/**, scripts/**: no server, no build, no shared database (a test that
//                needs one makes its own, test/support/own-database.ts). `npm run test:unit`.
//   integration  test/**: one production server over the last build, on a fresh seeded database
//                (test/global-setup.ts). `npm run test:integration`.
// `npm test` runs both (scripts/test.mjs).
import path from "node:path";
import { defineConfig } from "vitest/config";
import { testServerEnv, VITEST_DB_NAME, VITEST_PORT, VITEST_TLS_PORT } from "./test/env";

export default defineConfig({
  resolve: {
    alias: {
      "server-only": path.resolve(__dirname, "test/empty-module.ts"),
      "@": path.resolve(__dirname),
    },
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          setupFiles: ["test/support/unit-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000, // a test's own database is migrated and seeded in beforeAll
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts", "app/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 90_000,
          env: testServerEnv(VITEST_DB_NAME, VITEST_PORT, VITEST_TLS_PORT),
        },
      },
    ],
  },
});
