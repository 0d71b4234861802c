// A start outside the demo with a published demo credential in its database (lib/demo/demo-credentials-refusal.ts)
// is refused before server.mjs opens a listener: while the process lives, a client connecting again and again
// never gets a connection, and the process exits non-zero naming the credential. (Refused only after
// listening, the sandbox secret could be used in the moments between.)
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { hashSecret } from "@/lib/crypto/password";
import { migrate } from "@/lib/db/migrate";
import { extraServerPort, testServerEnv } from "../env";
import { productionEnv } from "../support/production-env";
import { logMessages } from "../support/log-messages";

const root = path.resolve(__dirname, "../..");
const PORT = extraServerPort("refuseBeforeListening");

const connects = () =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port: PORT, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

it("never accepts a connection and exits non-zero", { timeout: 120_000 }, async () => {
  const file = path.join(root, ".data/test", `refuse-before-listening-${PORT}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  await migrate(`file:${file}`);
  const sqlite = new Database(file);
  sqlite.prepare(`INSERT INTO "Operator" ("id", "loginId", "name", "passwordHash", "allInstitutions") VALUES ('op1', 'admin', '運用管理者', ?, 1)`).run(await hashSecret("Operator-pass-1"));
  sqlite.close();

  const { RENKEI_DEMO: _demo, ...server } = testServerEnv("unused", PORT, 0);
  const env = productionEnv(`file:${file}`, { ...server, DATABASE_URL: `file:${file}`, TLS_PORT: "0" });
  expect(await connects()).toBe(false); // nothing else listens there
  const child = spawn(process.execPath, ["server.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  let accepted = 0;
  const deadline = Date.now() + 60_000;
  try {
    while (!ended && Date.now() < deadline) {
      if (await connects()) accepted++;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await Promise.race([exited, new Promise((r) => setTimeout(() => r("still running"), 1000))])).toBe(1);
  } finally {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
  expect(accepted).toBe(0);
  const said = logMessages(output);
  expect(said).toContain('operator "admin" has the demo password');
  expect(said).not.toContain("Renkei listening");
});
