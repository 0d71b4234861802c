// Global setup of the integration project: one production server, on the database that
// vitest.config.ts points the test files at, so in-process lib calls and HTTP calls see the same data.
import type { TestProject } from "vitest/node";
import { startServer, type TServer } from "./server-process";
import { VITEST_DB_NAME, VITEST_PORT, VITEST_TLS_PORT } from "./env";

let server: TServer | undefined;

export async function setup(project: TestProject) {
  server = await startServer(VITEST_DB_NAME, VITEST_PORT, VITEST_TLS_PORT);
  project.provide("baseUrl", server.baseUrl);
  project.provide("tlsUrl", server.tlsUrl);
}

export async function teardown() {
  await server?.stop();
}
