// The conformance kit against real HTTP servers: one that keeps the protocol (made from the same operation schemas),
// the same with one rule broken — the kit fails naming that check — and, from the command line, one that answers 500.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WIRE_OPERATIONS } from "@/lib/bank/wire/operations";
import { WIRE_ERRORS, type TWireOperation } from "@/lib/bank/wire/wire-operation";
import { extraServerPort } from "@/test/env";
import { runConformance } from "./run-conformance";

const port = extraServerPort("bankTransport", 4);
const simPort = extraServerPort("bankTransport", 6);
const simDir = mkdtempSync(path.join(tmpdir(), "renkei-core-sim-"));
const SIM_SECRET = "conformance-test-secret-0123456789";
let sim: ChildProcess | undefined;
let breakBalances = false;
let allBroken = false;

// A minimal implementation of the protocol for unknown references and bad input (it knows no customer).
function answer(method: string, url: string, body: unknown): { status: number; body: unknown } {
  if (allBroken) return { status: 500, body: { error: "boom" } };
  const path = url.replace(/^\/gw/, "");
  for (const raw of WIRE_OPERATIONS) {
    const op = raw as TWireOperation;
    const pattern = new RegExp(`^${op.path.replace(/\{\w+\}/g, "[^/]+")}$`);
    if (!pattern.test(path) || op.method !== method) continue;
    if (op.request && !op.request.safeParse(body).success) return { status: 400, body: { error: "invalid_request" } };
    if (op.operation === "checkLogin") return { status: 401, body: { error: "invalid_credentials" } };
    if (op.operation === "balances") return { status: 200, body: { balances: breakBalances ? [{ accountRef: "x" }] : [] } };
    if (op.operation === "accounts") return { status: 200, body: { accounts: [] } };
    const error = op.errors.includes("not_found") ? "not_found" : op.errors.find((e) => e !== "invalid_request") ?? "invalid_request";
    return { status: WIRE_ERRORS[error], body: { error } };
  }
  return { status: 404, body: { error: "not_found" } };
}

const server = http.createServer((req, res) => {
  let text = "";
  req.on("data", (chunk) => { text += chunk; });
  req.on("end", () => {
    const { status, body } = answer(req.method!, req.url!, text ? JSON.parse(text) : undefined);
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
});

beforeAll(() => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)));
afterAll(async () => {
  sim?.kill();
  await new Promise((resolve) => server.close(resolve));
  rmSync(simDir, { recursive: true, force: true });
});

/** The reference simulator (`npm run core-sim`) in its own folder, ready when its health answers. */
async function startSimulator(): Promise<void> {
  sim = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/core-sim.ts"], {
    env: { ...process.env, RENKEI_CORE_SIM_PORT: String(simPort), RENKEI_CORE_SIM_DIR: simDir, RENKEI_CORE_SIM_SECRET: SIM_SECRET },
    stdio: "ignore",
  });
  for (let i = 0; i < 200; i += 1) {
    const up = await fetch(`http://127.0.0.1:${simPort}/__health`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("the simulator did not start");
}

describe("the conformance kit", () => {
  it("passes an implementation that keeps the protocol", async () => {
    breakBalances = allBroken = false;
    const lines = await runConformance({ url: `http://127.0.0.1:${port}/gw` });
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(lines.length).toBeGreaterThan(WIRE_OPERATIONS.length);
  });

  it("fails one that breaks a rule, naming the check and what it got", async () => {
    breakBalances = true;
    const lines = await runConformance({ url: `http://127.0.0.1:${port}/gw` });
    expect(lines.filter((l) => !l.ok)).toEqual([
      { name: "balances: leaves an unknown account out (200, empty list)", ok: false, reason: expect.stringMatching(/breaks the schema at balances\.0/) },
    ]);
  });

  it("passes the reference simulator, with its bearer secret", { timeout: 90_000 }, async () => {
    await startSimulator();
    const lines = await runConformance({ url: `http://127.0.0.1:${simPort}/sakura`, bearer: SIM_SECRET });
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(lines.map((l) => l.name)).toContain("refuses a caller without Renkei's credentials");
  });

  it("prints one line per check and the count, and exits 1, from the command line", { timeout: 60_000 }, async () => {
    allBroken = true;
    let out = "";
    let code = 0;
    try {
      // not execFileSync: this process's server must go on answering the kit
      await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/core-check.ts", "--url", `http://127.0.0.1:${port}/gw`], { encoding: "utf8" });
    } catch (error) {
      ({ stdout: out, code } = error as { stdout: string; code: number });
    }
    expect(code).toBe(1);
    expect(out).toMatch(/^FAIL {2}checkLogin: answers credentials nobody has with 401 invalid_credentials — expected invalid_credentials, got 500$/m);
    expect(out).toMatch(/^0 passed, \d+ failed$/m);
  });
});
