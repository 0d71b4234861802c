// RENKEI_ROLE: a `machine` process serves the OAuth and API endpoints and health without loading Next (its
// resident memory is a fraction of an `all` process's); a screen is 404 there. A `portal` process serves the
// screens and health; the machine endpoints are 404 there. The two share one database, as deployed: an
// aggregator's grant is made through both — registration, PAR and tokens at the machine process, the
// authorization endpoint (a screen) at the portal.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extraServerPort, testDatabaseUrl } from "../env";
import { startServer, type TServer } from "../server-process";
import { balances, pointLibAt, refresh, refreshGrant, registerClient } from "../support/refresh-grants";

const servers: Partial<Record<"machine" | "all" | "portal", TServer>> = {};
const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]);

beforeAll(async () => {
  // NODE_DEBUG=module: Node logs every CommonJS module it loads (Next's server is CommonJS), the marker below
  servers.machine = await startServer("role-machine", extraServerPort("roleMachine"), 0, { RENKEI_ROLE: "machine", NODE_DEBUG: "module" });
  servers.portal = await startServer("role-machine", extraServerPort("rolePortal"), 0, { RENKEI_ROLE: "portal", RENKEI_ORIGIN: servers.machine.baseUrl }, { fresh: false });
  pointLibAt(testDatabaseUrl("role-machine"), servers.machine.baseUrl);
}, 180_000);
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s?.stop()));
});

describe("RENKEI_ROLE=machine", () => {
  it("serves the token endpoint and the API", async () => {
    const grant = await refreshGrant(await registerClient(`${servers.machine!.baseUrl}/sakura`), `${servers.portal!.baseUrl}/sakura`);
    const token = await refresh(grant);
    expect(token.status).toBe(200);
    const res = await balances(grant, String(token.body.access_token));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { balances: unknown[] }).balances.length).toBeGreaterThan(0);
  });

  it("answers health, and 404 to a screen and to the authorization endpoint", async () => {
    const base = servers.machine!.baseUrl;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    for (const path of ["/sakura/links", "/", "/sakura/oauth/authorize?client_id=x&request_uri=y", "/console"]) {
      const res = await fetch(`${base}${path}`, { redirect: "manual" });
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain("RENKEI_ROLE=machine");
    }
    expect(servers.machine!.output()).toContain("role: machine, Next not loaded");
  });

  it("does not load Next: not one of its modules, and less memory than an `all` process", { timeout: 120_000 }, async () => {
    const log = servers.machine!.output();
    expect(log).toMatch(/node_modules\/pg\//); // the module log works: pg, a CommonJS package, is in it
    expect(log).not.toMatch(/node_modules\/next\//);
    servers.all = await startServer("role-all", extraServerPort("roleAll"), 0, {});
    // both warmed the same way: the metadata and a token error, then a screen on `all`
    for (const server of [servers.machine!, servers.all]) {
      for (let i = 0; i < 20; i++) await (await fetch(`${server.baseUrl}/.well-known/oauth-authorization-server/sakura`)).arrayBuffer();
    }
    await (await fetch(`${servers.all.baseUrl}/sakura/links`)).arrayBuffer();
    const machine = rssKb(servers.machine!.pid);
    const all = rssKb(servers.all.pid);
    console.log(`RSS: machine ${Math.round(machine / 1024)} MiB, all ${Math.round(all / 1024)} MiB`);
    expect(machine).toBeLessThan(all);
  });
});

describe("RENKEI_ROLE=portal", () => {
  it("serves the screens and health; the machine endpoints are 404", async () => {
    const base = servers.portal!.baseUrl;
    expect((await fetch(`${base}/sakura/links`)).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const token = await fetch(`${base}/sakura/oauth/token`, { method: "POST", body: "grant_type=refresh_token", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(token.status).toBe(404);
    expect((await fetch(`${base}/sakura/api/v1/accounts`)).status).toBe(404);
    expect(servers.portal!.output()).toContain("role: portal");
  });
});
