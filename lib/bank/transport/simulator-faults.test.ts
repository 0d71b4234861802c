// The transport and the API's answer against the reference simulator (`npm run core-sim`) made down, slow (over the
// timeout) and flaky (errorRate 0.5) through its POST /__faults: the API answers 200 or 503 with Retry-After — never
// a 500, never later than the timeout + 1 s — and the circuit opens, then closes again once the simulator recovers.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiEndpoint } from "@/lib/endpoints/define-endpoint";
import { getInstitution, type TInstitution } from "@/lib/institutions/get-institution";
import { ZCoreSettings } from "@/lib/institutions/settings";
import { extraServerPort } from "@/test/env";
import { ownDatabase } from "@/test/support/own-database";
import { bankTransportFor } from "./bank-transport";
import { bankConnectionStateOf } from "./bank-connection-state-of";
import { transportRegistry } from "./transport-registry";

const simPort = extraServerPort("bankTransport", 7);
const simDir = mkdtempSync(path.join(tmpdir(), "renkei-core-sim-"));
const SECRET = "faults-test-secret-0123456789abcdef";
const TIMEOUT_MS = 400;
const HALF_OPEN_MS = 1000;
let sim: ChildProcess | undefined;

const withCore = (institution: TInstitution): TInstitution => ({
  ...institution,
  settings: {
    ...institution.settings,
    core: ZCoreSettings.parse({
      mode: "http", baseUrl: `http://127.0.0.1:${simPort}/sakura`, timeoutMs: TIMEOUT_MS, auth: { kind: "bearer", secretEnv: "FAULTS_TEST_SIM_SECRET" },
      breaker: { failures: 5, halfOpenAfterMs: HALF_OPEN_MS },
    }),
  },
});
// an API endpoint whose work is one read of the protocol (accounts of an unknown reference: 200, an empty list)
const endpoint = apiEndpoint({
  GET: async ({ institution }) => {
    const answer = await bankTransportFor(withCore(institution))
      .request({ operation: "accounts", method: "POST", path: "/v1/accounts/query", body: { accountRefs: ["none"] }, idempotent: true });
    return Response.json(answer.body, { status: answer.status });
  },
});
async function get(): Promise<{ status: number; retryAfter: string | null; ms: number }> {
  const started = Date.now();
  const response = await endpoint.handle(new Request("http://localhost/sakura/api/v1/accounts"), { institution: "sakura" });
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get("retry-after"), ms: Date.now() - started };
}
const faults = (body: object) => fetch(`http://127.0.0.1:${simPort}/__faults`, { method: "POST", body: JSON.stringify(body) }).then((r) => expect(r.status).toBe(200));
const circuit = async () => bankConnectionStateOf(withCore((await getInstitution("sakura"))!)).circuit;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  process.env.FAULTS_TEST_SIM_SECRET = SECRET;
  sim = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/core-sim.ts"], {
    env: { ...process.env, RENKEI_CORE_SIM_PORT: String(simPort), RENKEI_CORE_SIM_DIR: simDir, RENKEI_CORE_SIM_SECRET: SECRET },
    stdio: "ignore",
  });
  await ownDatabase({ seed: true });
  for (let i = 0; i < 300; i += 1) {
    if (await fetch(`http://127.0.0.1:${simPort}/__health`).then((r) => r.ok, () => false)) return;
    await pause(300);
  }
  throw new Error("the simulator did not start");
}, 120_000);

afterAll(async () => {
  sim?.kill();
  await transportRegistry().closeAll();
  rmSync(simDir, { recursive: true, force: true });
});

describe("the bank simulator's faults", () => {
  it("answers 200 while the simulator is well", async () => {
    await faults({ down: false, latencyMs: 0, errorRate: 0 });
    expect((await get()).status).toBe(200);
  });

  it("slow (over the timeout): 503 with Retry-After, within the timeout + 1 s", async () => {
    await faults({ latencyMs: TIMEOUT_MS * 3 });
    const answer = await get();
    expect(answer).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1000);
    await faults({ latencyMs: 0 });
    await pause(TIMEOUT_MS * 3); // let the slow answer drain
  });

  it("flaky (errorRate 0.5): every answer 200 or 503, never a 500, never late", async () => {
    await faults({ errorRate: 0.5 });
    const answers = [];
    for (let i = 0; i < 20; i += 1) {
      answers.push(await get());
      if (answers.at(-1)!.status === 503) await pause(HALF_OPEN_MS + 100); // an open circuit would refuse the rest
    }
    expect(answers.every((a) => a.status === 200 || (a.status === 503 && a.retryAfter))).toBe(true);
    expect(answers.some((a) => a.status === 200)).toBe(true); // the one retry of a read rides out most failures
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(TIMEOUT_MS + 1000);
    await faults({ errorRate: 0 });
  }, 90_000);

  it("down: 503 with Retry-After; the circuit opens, refuses at once, and closes after the simulator recovers", async () => {
    await pause(HALF_OPEN_MS + 100);
    expect((await get()).status).toBe(200); // closed again, whatever the flaky test left
    await faults({ down: true });
    for (let i = 0; i < 5; i += 1) expect(await get()).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    expect(await circuit()).toBe("open");
    const refused = await get();
    expect(refused.status).toBe(503);
    expect(refused.ms).toBeLessThan(100); // refused without reaching the bank
    await faults({ down: false });
    await pause(HALF_OPEN_MS + 100);
    expect((await get()).status).toBe(200); // the probe
    expect(await circuit()).toBe("closed");
  });
});
