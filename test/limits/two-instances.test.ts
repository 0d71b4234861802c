// A client limited to 5 calls a second cannot get more by spreading its calls over two instances on one
// PostgreSQL: the counter is one row both instances UPSERT (lib/limits/, COUNT_USE_SQL). 50 calls fired at
// the start of a second, 25 at each instance: at most 5 succeed (exactly 5 when every call landed in that
// second; up to 10 when the burst straddled a second boundary — the fixed window's stated tolerance), the rest
// get 429 with Retry-After, the API's rate_limited and the RateLimit fields. Another client, unlimited, is not
// slowed by it. The OAuth limit (token + PAR per minute) holds across both instances too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TServer } from "../server-process";
import { extraServerPort } from "../env";
import { scratchPostgres } from "../support/scratch-postgres";
import { apiRequest, clientAssertion, ownGrant, registerOwnClient, renkei, type TOwnClient, type TOwnGrant } from "./limits-support";

const PORTS = [extraServerPort("limitsInstances"), extraServerPort("limitsInstances", 1)];
const origin = `http://localhost:${PORTS[0]}`;
const servers: TServer[] = [];
let url = "";
let limited: TOwnClient;
let other: TOwnClient;
let limitedGrant: TOwnGrant;
let otherGrant: TOwnGrant;

beforeAll(async () => {
  url = await scratchPostgres("limits");
  for (const [i, port] of PORTS.entries()) {
    servers.push(await startServer("limits-instances", port, 0, { DATABASE_URL: url, RENKEI_ORIGIN: origin }, { fresh: i === 0 }));
  }
  limited = await registerOwnClient(`${origin}/sakura`, "上限テスト");
  other = await registerOwnClient(`${origin}/sakura`, "上限なしテスト");
  limitedGrant = await ownGrant(url, limited.clientId);
  otherGrant = await ownGrant(url, other.clientId);
  const shown = await renkei(url, ["client", "limits", "--client", limited.clientId, "--institution", "sakura", "--rps", "5", "--oauth-per-minute", "3"]);
  expect(shown).toContain("rps: 5");
}, 240_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** Waits for the start of a second, so that a short burst lands in one window. */
async function startOfSecond() {
  await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 5));
}

describe("a limit of 5 calls a second, two instances on one PostgreSQL", () => {
  it("admits at most 5 (+ the window's tolerance) of 50; the rest are 429 with Retry-After and RateLimit; another client is unaffected", { timeout: 60_000 }, async () => {
    // proofs made ahead: the burst itself is only the HTTP requests
    const calls = await Promise.all(Array.from({ length: 50 }, () => apiRequest(origin, limitedGrant, "/accounts/balances")));
    const otherCalls = await Promise.all(Array.from({ length: 20 }, () => apiRequest(origin, otherGrant, "/accounts/balances")));
    await startOfSecond();
    const started = Date.now();
    const send = (c: { url: string; init: RequestInit }, i: number) => fetch(c.url.replace(origin, servers[i % 2].baseUrl), c.init);
    const [answers, otherAnswers] = await Promise.all([Promise.all(calls.map(send)), Promise.all(otherCalls.map(send))]);
    const ended = Date.now();

    const ok = answers.filter((r) => r.status === 200);
    const refused = answers.filter((r) => r.status === 429);
    expect(ok.length + refused.length).toBe(50);
    const oneWindow = Math.floor(started / 1000) === Math.floor(ended / 1000);
    if (oneWindow) expect(ok.length).toBe(5);
    else expect(ok.length).toBeLessThanOrEqual(10); // two windows: 5 each at most
    expect(ok.length).toBeGreaterThanOrEqual(5);
    console.info(`two instances, limit 5/s: ${ok.length} of 50 admitted, ${refused.length} refused (${oneWindow ? "one" : "two"} 1-second window${oneWindow ? "" : "s"})`);
    // each instance answered some of the refusals: the limit is the two together's, not each one's
    const refusedAt = answers.map((r, i) => (r.status === 429 ? i % 2 : -1)).filter((i) => i >= 0);
    expect(new Set(refusedAt)).toEqual(new Set([0, 1]));
    for (const r of refused) {
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(r.headers.get("ratelimit-policy")).toBe('"burst";q=5;w=1');
      expect(r.headers.get("ratelimit")).toMatch(/^"burst";r=0;t=1$/);
      expect(await r.json()).toMatchObject({ errorCode: "rate_limited" });
    }
    for (const r of ok) {
      expect(r.headers.get("ratelimit-policy")).toBe('"burst";q=5;w=1');
      expect(r.headers.get("ratelimit")).toMatch(/^"burst";r=[0-4];t=1$/);
    }
    expect(otherAnswers.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(otherAnswers[0].headers.get("ratelimit-policy")).toBeNull(); // no limit set: no policy to state
  });

  it("holds the token + PAR limit per minute across both instances, in RFC 6749's shape", { timeout: 60_000 }, async () => {
    // far enough from a minute's end that the five calls share one window
    if (Date.now() % 60_000 > 50_000) await new Promise((r) => setTimeout(r, 60_000 - (Date.now() % 60_000) + 50));
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 5; i++) {
      const form = new URLSearchParams({
        response_type: "code", client_id: limited.clientId, redirect_uri: "http://localhost:8080/cb", scope: "balances", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256",
        client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await clientAssertion(limited),
      });
      last = await fetch(`${servers[i % 2].baseUrl}/sakura/oauth/par`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(await last!.json()).toMatchObject({ error: "temporarily_unavailable" });
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(last!.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(last!.headers.get("ratelimit-policy")).toBe('"oauth";q=3;w=60');
    expect(last!.headers.get("ratelimit")).toMatch(/^"oauth";r=0;t=\d+$/);
  });
});
