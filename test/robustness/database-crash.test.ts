// PostgreSQL crashes under load (`pg_ctl stop -m immediate` on a cluster of this test's own: test/support/
// own-postgres-cluster.ts) and comes back after crash recovery. Meanwhile the token endpoint, the API and a
// consent page answer 503 with Retry-After — never a 500, never Next's English error page — and 200 again within
// 5 s of the database's return, without a restart; the server logs the outage once, and no uncaughtException.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extraServerPort } from "../env";
import { startServer, type TServer } from "../server-process";
import { ownPostgresCluster, type TOwnCluster } from "../support/own-postgres-cluster";
import { balances, pointLibAt, refresh, refreshGrant, registerClient, startInteraction } from "../support/refresh-grants";

const PORT = extraServerPort("databaseCrash");
const PG_PORT = extraServerPort("databaseCrash", 1);
let cluster: TOwnCluster;
let server: TServer;

beforeAll(async () => {
  cluster = ownPostgresCluster("opsrun-crash", PG_PORT);
  server = await startServer("unused", PORT, 0, { DATABASE_URL: cluster.url, DATABASE_POOL_SIZE: "4" });
  // WAL for the crash recovery to replay (~100 MB since the last checkpoint), so that PostgreSQL spends a while
  // starting up ("the database system is starting up", 57P03) before it accepts connections again
  const filler = new pg.Client({ connectionString: cluster.url });
  await filler.connect();
  await filler.query("CREATE TABLE filler AS SELECT g, repeat(md5(g::text), 4) AS pad FROM generate_series(1, 600000) g");
  await filler.end();
  pointLibAt(cluster.url, server.baseUrl);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  cluster?.remove();
});

type TSample = { at: number; surface: string; status: number; retryAfter: string | null; body: string };

describe("PostgreSQL crashes under load and recovers", () => {
  it("503 + Retry-After on every surface while it is away, 200 within 5 s of its return", { timeout: 90_000 }, async () => {
    const client = await registerClient(`${server.baseUrl}/sakura`);
    const grant = await refreshGrant(client);
    const consent = await startInteraction(client);
    // the interaction's first step (the consent screens' own redirect from /authorize/<id> to its step)
    const first = await fetch(`${server.baseUrl}/sakura/authorize/${consent.interactionId}`, { headers: { cookie: consent.cookie }, redirect: "manual" });
    const consentUrl = new URL(first.headers.get("location") ?? `/sakura/authorize/${consent.interactionId}`, server.baseUrl).href;
    const samples: TSample[] = [];
    const sample = async (surface: string, request: () => Promise<Response>) => {
      const res = await request();
      samples.push({ at: Date.now(), surface, status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.text() });
    };
    const surfaces: Record<string, () => Promise<Response>> = {
      token: async () => {
        const t = await refresh(grant);
        return new Response(JSON.stringify(t.body), { status: t.status, headers: t.headers });
      },
      api: () => balances(grant, grant.accessToken),
      consent: () => fetch(consentUrl, { headers: { cookie: consent.cookie }, redirect: "manual" }),
      links: () => fetch(`${server.baseUrl}/sakura/links`, { redirect: "manual" }),
    };
    for (const [name, request] of Object.entries(surfaces)) {
      await sample(name, request);
      expect(samples.at(-1), name).toMatchObject({ status: 200 });
    }
    let running = true;
    const loops = Object.entries(surfaces).map(async ([name, request]) => {
      while (running) {
        await sample(name, request).catch((error) => samples.push({ at: Date.now(), surface: name, status: 0, retryAfter: null, body: String(error) }));
        await new Promise((r) => setTimeout(r, 20));
      }
    });

    await new Promise((r) => setTimeout(r, 1000));
    const crashedAt = Date.now();
    cluster.crash();
    await new Promise((r) => setTimeout(r, 3000));
    const restartedAt = Date.now();
    await cluster.start(); // resolves once PostgreSQL accepts connections again, after crash recovery
    const backAt = Date.now();
    const recovering = samples.filter((s) => s.at > restartedAt && s.at < backAt);
    console.log(`PostgreSQL down ${restartedAt - crashedAt} ms, then starting up ${backAt - restartedAt} ms: ${recovering.length} request(s) meanwhile, ${recovering.filter((s) => s.status === 503).length} answered 503`);
    await new Promise((r) => setTimeout(r, 6000));
    running = false;
    await Promise.all(loops);

    // never anything but 200, or 503 with Retry-After
    const odd = samples.filter((s) => s.status !== 200 && !(s.status === 503 && Number(s.retryAfter) > 0));
    expect(odd.map((s) => `${s.surface} ${s.status} ${s.body.slice(0, 200)}`)).toEqual([]);
    for (const name of Object.keys(surfaces)) {
      const own = samples.filter((s) => s.surface === name);
      const down = own.filter((s) => s.at > crashedAt && s.at < backAt);
      expect(down.some((s) => s.status === 503), `${name} answered 503 while PostgreSQL was down`).toBe(true);
      const last503 = Math.max(0, ...own.filter((s) => s.status === 503).map((s) => s.at));
      expect(last503 - backAt, `${name}: 200 again within 5 s`).toBeLessThan(5000);
      expect(own.at(-1)?.status, name).toBe(200);
    }
    // the screens' 503 is the Japanese page, in the institution's theme, not Next's English error
    const page = samples.find((s) => s.surface === "consent" && s.status === 503)!;
    expect(page.body).toContain("ただいまご利用いただけません");
    expect(page.body).toContain("さくら");
    expect(page.body).not.toMatch(/This page couldn.t load|Internal Server Error/);

    const log = server.output();
    expect(log).not.toContain("uncaughtException");
    expect(log).not.toContain("Connection terminated unexpectedly\n    at"); // no stack of an unheard error event
    // one line when it went down, one when it came back (not one per request)
    expect(log.match(/database unavailable \(/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(log).toContain("database reachable again");
  });
});
