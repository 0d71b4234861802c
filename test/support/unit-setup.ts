// Setup of every file of the unit project (vitest.config.ts): no server, no shared database. The
// environment is the test one (test/env.ts); DATABASE_URL names a SQLite file of this test file's own
// that does not exist until the test asks for it (test/support/own-database.ts). Whatever a test writes
// (the database, the demo CA, the data folder's keys) goes under one temporary directory, removed after
// the file: `npm run test:unit` leaves the working tree as it found it.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { TEST_AUTH_SECRET, TEST_INITIAL_ACCESS_TOKEN } from "../env";

const dir = path.join(tmpdir(), `renkei-unit-${process.pid}-${randomBytes(6).toString("hex")}`);
process.env.DATABASE_URL = `file:${path.join(dir, "unit.db")}`;
process.env.RENKEI_CA_DIR = path.join(dir, "ca");
process.env.RENKEI_DATA_DIR = path.join(dir, "data");
process.env.RENKEI_DATA_KEY ||= "0f".repeat(32);
process.env.AUTH_SECRET ||= TEST_AUTH_SECRET;
process.env.RENKEI_INITIAL_ACCESS_TOKEN ||= TEST_INITIAL_ACCESS_TOKEN;
// the demo, as the test servers run (test/env.ts): loopback receivers and key sets are allowed there only
// (lib/http/loopback-allowed.ts); a test of the other side sets RENKEI_DEMO=0 itself
process.env.RENKEI_DEMO ||= "1";
process.env.RENKEI_ORIGIN ||= "http://localhost:3000";
process.env.RENKEI_TLS_ORIGIN ||= "https://localhost:3443";
// the logger's lines (lib/observability/logger.ts) only when something is wrong: the unit run's output stays readable
process.env.RENKEI_LOG_LEVEL ||= "warn";

afterAll(() => rmSync(dir, { recursive: true, force: true }));
