// A rolling restart of two instances on one PostgreSQL behind a round-robin load balancer (test/support/
// round-robin-proxy.ts, health-checking /readyz): refresh-token grants and balances calls run in a loop while each
// instance in turn gets SIGTERM and is started again. Nothing may fail — no 5xx, no connection cut — and every
// access token handed out is stored exactly once. Once with a new upstream connection per request, once with
// keep-alive upstream connections (as most load balancers connect): SIGTERM must not cut a request it accepted,
// and a busy keep-alive connection must be told `Connection: close` rather than be cut.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extraServerPort } from "../env";
import { startServer, type TServer } from "../server-process";
import { startRoundRobinProxy, type TProxy } from "../support/round-robin-proxy";
import { balances, pointLibAt, refresh, refreshGrant, registerClient, type TRefreshGrant } from "../support/refresh-grants";
import { scratchPostgres } from "../support/scratch-postgres";

const PORTS = [extraServerPort("rollingRestart"), extraServerPort("rollingRestart", 1)];
const PROXY_PORT = extraServerPort("rollingRestartProxy");
const origin = `http://localhost:${PROXY_PORT}`;
let databaseUrl = "";
const instances: TServer[] = [];
const env = () => ({
  DATABASE_URL: databaseUrl, RENKEI_ORIGIN: origin,
  RENKEI_SHUTDOWN_GRACE_MS: "1500", RENKEI_SHUTDOWN_TIMEOUT_MS: "10000",
});
const start = (i: number, fresh: boolean) => startServer("unused", PORTS[i], 0, env(), { fresh });

beforeAll(async () => {
  databaseUrl = await scratchPostgres("opsrun_rolling");
  instances[0] = await start(0, true); // migrates and seeds
  instances[1] = await start(1, false);
  pointLibAt(databaseUrl, origin);
}, 120_000);
afterAll(async () => {
  await Promise.all(instances.map((s) => s?.stop()));
});

type TTally = { ok: number; statuses: Map<number, number>; errors: string[]; tokens: string[] };

/** Refresh, then balances with the new token, in a loop, until stopped. */
async function loop(grant: TRefreshGrant, tally: TTally, running: () => boolean) {
  while (running()) {
    try {
      const t = await refresh(grant);
      tally.statuses.set(t.status, (tally.statuses.get(t.status) ?? 0) + 1);
      if (t.status !== 200) {
        tally.errors.push(`token ${t.status} ${JSON.stringify(t.body)}`);
        continue;
      }
      tally.tokens.push(String(t.body.access_token));
      const b = await balances(grant, String(t.body.access_token));
      const text = await b.text();
      if (b.status !== 200) tally.errors.push(`balances ${b.status} ${text.slice(0, 200)}`);
      tally.statuses.set(b.status, (tally.statuses.get(b.status) ?? 0) + 1);
      if (t.status === 200 && b.status === 200) tally.ok++;
    } catch (error) {
      tally.errors.push(error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error));
    }
  }
}

async function rollingRestart(proxy: TProxy) {
  // a new consent of the same customer to the same client replaces the grant before it: one client per grant
  const grants: TRefreshGrant[] = [];
  for (let i = 0; i < 4; i++) grants.push(await refreshGrant(await registerClient(`${origin}/sakura`)));
  const tally: TTally = { ok: 0, statuses: new Map(), errors: [], tokens: [] };
  let running = true;
  const loops = grants.flatMap((grant) => [loop(grant, tally, () => running), loop(grant, tally, () => running)]);
  for (const i of [0, 1]) {
    await new Promise((r) => setTimeout(r, 1000));
    const before = tally.ok;
    const old = instances[i];
    await old.stop();
    expect(await old.exited).toBe(0); // a graceful exit, not the SIGKILL stop() falls back to
    expect(old.output()).toContain("stopped: requests finished");
    instances[i] = await start(i, false);
    const until = Date.now() + 10_000;
    while (!proxy.healthy(instances[i].baseUrl) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(tally.ok).toBeGreaterThan(before); // the other instance kept serving meanwhile
  }
  await new Promise((r) => setTimeout(r, 1000));
  running = false;
  await Promise.all(loops);

  expect(tally.errors).toEqual([]);
  expect(proxy.failures).toEqual([]);
  expect([...tally.statuses.keys()]).toEqual([200]);
  expect(tally.ok).toBeGreaterThan(50);
  // every access token handed out is stored, once
  const { db } = await import("@/lib/db");
  const { hashToken } = await import("@/lib/crypto/hash-token");
  const stored = await db.accessToken.findMany({ where: { grantId: { in: grants.map((g) => g.grantId) } }, select: { tokenHash: true } });
  const hashes = stored.map((row) => row.tokenHash);
  expect(new Set(hashes).size).toBe(hashes.length);
  const handedOut = new Set(tally.tokens.map(hashToken));
  expect(handedOut.size).toBe(tally.tokens.length);
  for (const hash of handedOut) expect(hashes).toContain(hash);
  // the code exchange's tokens plus one per refresh: nothing stored that no client received
  expect(hashes.length).toBe(tally.tokens.length + grants.length);
  return tally;
}

describe("a rolling restart behind a load balancer", () => {
  it("with a new upstream connection per request: 0 failed requests, 0 × 5xx", { timeout: 90_000 }, async () => {
    const proxy = await startRoundRobinProxy(PROXY_PORT, instances.map((s) => s.baseUrl), { keepAlive: false });
    try {
      const tally = await rollingRestart(proxy);
      console.log(`rolling restart, new connections: ${tally.ok} refresh+balances rounds, ${proxy.refusedRetries} connection(s) refused and retried`);
    } finally {
      await proxy.close();
    }
  });

  it("with keep-alive upstream connections: 0 failed requests, 0 × 5xx", { timeout: 90_000 }, async () => {
    // a health check every second against a 1.5 s grace: the draining instance keeps getting requests on its
    // keep-alive connections for up to a second, and must close each after its answer rather than cut one
    const proxy = await startRoundRobinProxy(PROXY_PORT, instances.map((s) => s.baseUrl), { keepAlive: true, checkEveryMs: 1000 });
    try {
      const tally = await rollingRestart(proxy);
      console.log(`rolling restart, keep-alive: ${tally.ok} refresh+balances rounds, ${proxy.refusedRetries} connection(s) refused and retried`);
    } finally {
      await proxy.close();
    }
  });
});
