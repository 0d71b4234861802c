// The transport against real local servers (HTTP, and HTTPS with mutual TLS from a CA made for this file): pooling,
// the timeout and the deadline, the one retry of reads, the concurrency cap and the circuit breaker.
import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TLSSocket } from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ZCoreSettings, type TCoreSettings } from "@/lib/institutions/settings";
import { extraServerPort, extraServerTlsPort } from "@/test/env";
import { ensureDemoCa, ensureOtherCa } from "@/scripts/demo-ca.mjs";
import { BankUnavailableError, type TBankCall } from "./bank-transport";
import { createHttpBankTransport, type THttpBankTransport } from "./http-bank-transport";
import { readCoreCredentials } from "./read-core-credentials";

type THandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
let handler: THandler = (_req, res) => res.end("{}");
let hits = 0;
let connections = 0;
let inFlight = 0;
let maxInFlight = 0;
const sockets = new Set<Socket>();
const serve: http.RequestListener = (req, res) => {
  hits += 1;
  inFlight += 1;
  maxInFlight = Math.max(maxInFlight, inFlight);
  res.on("close", () => { inFlight -= 1; });
  handler(req, res);
};
const track = (socket: Socket) => {
  connections += 1;
  sockets.add(socket);
  socket.on("close", () => sockets.delete(socket));
};

const port = extraServerPort("bankTransport");
const deadPort = extraServerPort("bankTransport", 1);
const tlsPort = extraServerTlsPort("bankTransport");
const caDir = mkdtempSync(path.join(tmpdir(), "renkei-bank-ca-"));
let plain: http.Server;
let tls: https.Server;
const transports: THttpBankTransport[] = [];

const json = (status: number, body: unknown, headers: Record<string, string> = {}): THandler => (_req, res) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

function transport(core: Partial<TCoreSettings> & { baseUrl?: string } = {}, env: Record<string, string> = {}) {
  const settings = ZCoreSettings.parse({ mode: "http", baseUrl: `http://127.0.0.1:${port}/gw`, timeoutMs: 300, ...core });
  const made = createHttpBankTransport({ ...settings, baseUrl: settings.baseUrl! }, readCoreCredentials(settings.auth, env));
  transports.push(made);
  return made;
}
const read: TBankCall = { operation: "getBalances", method: "GET", path: "/accounts/1/balances", idempotent: true };
const write: TBankCall = { operation: "verifyPassword", method: "POST", path: "/customers/verify", body: { password: "hunter2" }, idempotent: false };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function failure(promise: Promise<unknown>): Promise<BankUnavailableError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(BankUnavailableError);
  return error as BankUnavailableError;
}

beforeAll(async () => {
  await ensureDemoCa(caDir);
  ensureOtherCa(caDir);
  plain = http.createServer(serve);
  plain.on("connection", track);
  tls = https.createServer({
    cert: readFileSync(path.join(caDir, "server.pem")),
    key: readFileSync(path.join(caDir, "server.key")),
    ca: readFileSync(path.join(caDir, "ca.pem")),
    requestCert: true,
    rejectUnauthorized: true, // the bank's gateway refuses a Renkei without its client certificate
  }, (req, res) => {
    const peer = (req.socket as TLSSocket).getPeerCertificate();
    json(200, { cn: peer.subject?.CN })(req, res);
  });
  tls.on("secureConnection", track);
  await new Promise<void>((resolve) => plain.listen(port, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => tls.listen(tlsPort, "127.0.0.1", resolve));
}, 60_000);

afterEach(async () => {
  await Promise.all(transports.splice(0).map((t) => t.close().catch(() => undefined)));
  for (const socket of sockets) socket.destroy();
  handler = (_req, res) => res.end("{}");
  hits = connections = inFlight = maxInFlight = 0;
});

afterAll(async () => {
  await new Promise((resolve) => plain.close(resolve));
  await new Promise((resolve) => tls.close(resolve));
  rmSync(caDir, { recursive: true, force: true });
});

describe("the bank transport", () => {
  it("keeps one connection alive across calls, below the base URL's path, with the bearer secret from the environment", async () => {
    const seen: { url?: string; authorization?: string; body: string }[] = [];
    handler = (req, res) => {
      let body = "";
      req.on("data", (c) => { body += c; });
      req.on("end", () => {
        seen.push({ url: req.url, authorization: req.headers.authorization, body });
        json(200, { ok: true })(req, res);
      });
    };
    const t = transport({ auth: { kind: "bearer", secretEnv: "BANK_SECRET" } }, { BANK_SECRET: "s3cret" });
    for (let i = 0; i < 5; i += 1) {
      expect(await t.request(i % 2 ? read : write)).toEqual({ status: 200, body: { ok: true } });
      await pause(10); // calls a moment apart, as a bank's traffic comes (back to back, the pool may open a second)
    }
    expect(connections).toBe(1);
    expect(seen[0]).toEqual({ url: "/gw/customers/verify", authorization: "Bearer s3cret", body: '{"password":"hunter2"}' });
    expect(seen[1].url).toBe("/gw/accounts/1/balances");
    expect(t.state()).toMatchObject({ mode: "http", circuit: "closed", latency: { calls: 5 }, lastError: null });
  });

  it("answers a 4xx as the bank's answer: no retry, and never a failure of the circuit", async () => {
    handler = json(423, { error: "locked" });
    const t = transport({ breaker: { failures: 2, halfOpenAfterMs: 10_000 } });
    for (let i = 0; i < 4; i += 1) expect(await t.request(read)).toEqual({ status: 423, body: { error: "locked" } });
    expect(hits).toBe(4);
    expect(t.state().circuit).toBe("closed");
  });

  it("gives up at the timeout, without a retry, and says so in a word (no body, no credential)", async () => {
    handler = (req, res) => setTimeout(() => json(200, {})(req, res), 1500);
    const t = transport({ timeoutMs: 200, auth: { kind: "bearer", secretEnv: "BANK_SECRET" } }, { BANK_SECRET: "s3cret" });
    const started = Date.now();
    const error = await failure(t.request(read));
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(200 + 1000);
    expect(error.category).toBe("timeout");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.message).not.toMatch(/s3cret|hunter2|127\.0\.0\.1/);
    expect(hits).toBe(1);
    expect(t.state().lastError).toMatchObject({ category: "timeout" });
  });

  it("retries a failed read once, never a write", async () => {
    const flaky = () => { let n = 0; return (req: http.IncomingMessage, res: http.ServerResponse) => (n++ === 0 ? json(503, {}) : json(200, { ok: 1 }))(req, res); };
    handler = flaky();
    const t = transport();
    expect(await t.request(read)).toEqual({ status: 200, body: { ok: 1 } });
    expect(hits).toBe(2);
    hits = 0;
    handler = flaky();
    const error = await failure(t.request(write));
    expect(error.category).toBe("status_5xx");
    expect(hits).toBe(1);
  });

  it("passes on the bank's Retry-After of a 5xx", async () => {
    handler = json(503, {}, { "retry-after": "42" });
    const error = await failure(transport().request(write));
    expect(error.retryAfterSeconds).toBe(42);
  });

  it("holds at most maxConcurrent calls in flight, as many waiting, and refuses the rest at once", async () => {
    const held: (() => void)[] = [];
    handler = (req, res) => held.push(() => json(200, { ok: 1 })(req, res));
    const t = transport({ maxConcurrent: 2, timeoutMs: 2000 });
    const calls = Array.from({ length: 6 }, () => t.request(read).then((a) => a.status, (e: BankUnavailableError) => e.category));
    await pause(150);
    expect(hits).toBe(2);
    while (hits < 4 || held.length) {
      held.splice(0).forEach((release) => release());
      await pause(20);
    }
    expect((await Promise.all(calls)).sort()).toEqual([200, 200, 200, 200, "cap_full", "cap_full"].sort());
    expect(maxInFlight).toBe(2);
  });

  it("never outlives timeout + 1 s, even waiting for a slot", async () => {
    handler = () => undefined; // never answers
    const t = transport({ maxConcurrent: 1, timeoutMs: 300 });
    const started = Date.now();
    const outcomes = await Promise.all([t.request(read), t.request(read)].map((p) => p.then(() => "answered", (e: BankUnavailableError) => e.category)));
    expect(outcomes).toEqual(["timeout", "timeout"]);
    expect(Date.now() - started).toBeLessThan(300 + 1000);
  });

  it("opens the circuit after consecutive failures, refuses at once while open, and closes after a good probe", async () => {
    handler = json(500, {});
    const t = transport({ breaker: { failures: 3, halfOpenAfterMs: 300 } });
    for (let i = 0; i < 3; i += 1) expect((await failure(t.request(write))).category).toBe("status_5xx");
    expect(t.state().circuit).toBe("open");
    const refused = await failure(t.request(read));
    expect(refused.category).toBe("circuit_open");
    expect(refused.retryAfterSeconds).toBe(1);
    expect(hits).toBe(3);
    handler = json(200, { ok: 1 });
    await pause(350);
    expect(await t.request(read)).toEqual({ status: 200, body: { ok: 1 } });
    expect(t.state().circuit).toBe("closed");
  });

  it("calls a dead port a network failure", async () => {
    const error = await failure(transport({ baseUrl: `http://127.0.0.1:${deadPort}` }).request(read));
    expect(error.category).toBe("network");
  });

  it("answers misconfigured when the bearer secret's variable is not set, without calling the bank", async () => {
    const error = await failure(transport({ auth: { kind: "bearer", secretEnv: "BANK_SECRET_MISSING" } }).request(read));
    expect(error.category).toBe("misconfigured");
    expect(hits).toBe(0);
  });

  it("presents its client certificate to a gateway that asks for one (mutual TLS), trusting only the gateway's CA", async () => {
    const mtls = { kind: "mtls" as const, certFile: path.join(caDir, "clients/demo-mtls.pem"), keyFile: path.join(caDir, "clients/demo-mtls.key"), caFile: path.join(caDir, "ca.pem") };
    const t = transport({ baseUrl: `https://localhost:${tlsPort}`, auth: mtls });
    for (let i = 0; i < 3; i += 1) {
      expect(await t.request(read)).toEqual({ status: 200, body: { cn: "demo-mtls-client" } });
      await pause(10);
    }
    expect(connections).toBe(1); // one TLS handshake for every call
    // a gateway whose certificate another CA signed is not the bank's
    const otherCa = transport({ baseUrl: `https://localhost:${tlsPort}`, auth: { ...mtls, caFile: path.join(caDir, "other-ca.pem") } });
    expect((await failure(otherCa.request(read))).category).toBe("network");
  });

  it("is refused by the gateway without a client certificate", async () => {
    const error = await failure(transport({ baseUrl: `https://localhost:${tlsPort}` }).request(read));
    expect(error.category).toBe("network");
  });
});
