// Usage is exact across a crash: a known number of calls of each kind — ok, refused (403, and a failed token
// request), over the limit (429), customer-present, introspection (its usage row rides the commit that spends the
// client assertion's id) — with the server SIGKILLed and restarted on the same
// database between them, and the CSV of `npm run renkei -- usage` holds exactly those numbers; read twice,
// the same (a fold never counts a call twice). The aggregator's own usage endpoint agrees.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jstIsoDate } from "@/lib/time/jst";
import { USAGE_CSV_HEADER } from "@/lib/usage/usage-csv";
import { startServer, type TServer } from "../server-process";
import { extraServerPort } from "../env";
import { apiCall, clientAssertion, ownGrant, registerOwnClient, renkei, type TOwnClient } from "./limits-support";

const PORT = extraServerPort("limitsUsage");
let server: TServer;
let url = "";
let client: TOwnClient;

beforeAll(async () => {
  server = await startServer("limits-usage", PORT, 0);
  url = server.env.DATABASE_URL!;
  client = await registerOwnClient(`${server.baseUrl}/sakura`, "利用状況テスト");
  await renkei(url, ["client", "limits", "--client", client.clientId, "--institution", "sakura", "--daily", "3", "--present-daily", "100"]);
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

const PRESENT = { "x-fapi-customer-ip-address": "203.0.113.7" };

async function statuses(n: number, call: () => Promise<Response>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await call()).status);
  return out;
}

describe("usage across a SIGKILL", () => {
  it("counts every answered call exactly once", { timeout: 180_000 }, async () => {
    const grant = await ownGrant(url, client.clientId, "balances"); // no transactions scope: those calls are refused (403)
    const day = jstIsoDate();
    const origin = () => server.baseUrl;

    // before the crash: 3 ok (the day's allowance without the customer), 2 over it, 2 refused for scope
    expect(await statuses(3, () => apiCall(origin(), grant, "/accounts/balances"))).toEqual([200, 200, 200]);
    const over = await apiCall(origin(), grant, "/accounts/balances");
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ errorCode: "rate_limited" });
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThanOrEqual(1); // until 00:00 JST
    expect(over.headers.get("ratelimit-policy")).toBe('"daily";q=3;w=86400');
    expect(over.headers.get("ratelimit")).toMatch(/^"daily";r=0;t=\d+$/);
    expect(await statuses(1, () => apiCall(origin(), grant, "/accounts/balances"))).toEqual([429]);
    expect(await statuses(2, () => apiCall(origin(), grant, "/accounts/transactions?accountId=x"))).toEqual([403, 403]);
    const introspect = async () => fetch(`${origin()}/sakura/oauth/introspect`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: grant.token, client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await clientAssertion(client) }),
    });
    const introspected = await introspect();
    expect(introspected.status).toBe(200);
    expect(await introspected.json()).toMatchObject({ active: true });

    // a crash: no shutdown, nothing flushed; then the same database again
    server.kill();
    await new Promise((r) => setTimeout(r, 500));
    server = await startServer("limits-usage", PORT, 0, {}, { fresh: false });

    // after it: 4 with the customer present (their own, larger allowance), 1 more over the absent allowance,
    // and a token request that fails after the client authenticated (invalid_grant)
    const present = await statuses(4, () => apiCall(origin(), grant, "/accounts/balances", PRESENT));
    expect(present).toEqual([200, 200, 200, 200]);
    expect(await statuses(1, () => apiCall(origin(), grant, "/accounts/balances"))).toEqual([429]);
    const token = await fetch(`${origin()}/sakura/oauth/token`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code: "no-such-code", redirect_uri: "http://localhost:8080/cb", code_verifier: "v".repeat(43), client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await clientAssertion(client) }),
    });
    expect(token.status).toBe(400);
    expect(await statuses(1, introspect)).toEqual([200]);

    const csv = await renkei(url, ["usage", "--month", day.slice(0, 7), "--format", "csv"]);
    const lines = csv.split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toBe(USAGE_CSV_HEADER);
    const mine = lines.filter((l) => l.split(",")[1] === client.clientId).map((l) => l.split(","));
    const row = (operation: string) => mine.find((r) => r[2] === operation)?.slice(0, 10).join(",");
    // institution,client_id,operation,day,calls,ok,client_errors,server_errors,rate_limited,customer_present
    expect(row("balances")).toBe(`sakura,${client.clientId},balances,${day},10,7,0,0,3,4`);
    expect(row("transactions")).toBe(`sakura,${client.clientId},transactions,${day},2,0,2,0,0,0`);
    expect(row("token")).toBe(`sakura,${client.clientId},token,${day},1,0,1,0,0,0`);
    expect(row("introspection")).toBe(`sakura,${client.clientId},introspection,${day},2,2,0,0,0,0`);
    expect(mine).toHaveLength(4);
    expect(Number(mine.find((r) => r[2] === "balances")![10])).toBeGreaterThan(0); // p95_ms from the histogram

    // read again: the same numbers (each call folded once)
    const again = await renkei(url, ["usage", "--month", day.slice(0, 7), "--format", "csv"]);
    expect(again.split(/\r?\n/).filter((l) => l.split(",")[1] === client.clientId)).toEqual(lines.filter((l) => l.split(",")[1] === client.clientId));

    // the aggregator reads its own: the same balances row (this call itself is counted from now on)
    const own = await fetch(`${origin()}/sakura/api/v1/usage`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ month: day.slice(0, 7), client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: await clientAssertion(client) }),
    });
    expect(own.status).toBe(200);
    const body = (await own.json()) as { clientId: string; days: { operation: string; calls: number; ok: number; rateLimited: number; customerPresent: number }[] };
    expect(body.clientId).toBe(client.clientId);
    expect(body.days.find((d) => d.operation === "balances")).toMatchObject({ calls: 10, ok: 7, rateLimited: 3, customerPresent: 4 });
    const refused = await fetch(`${origin()}/sakura/api/v1/usage`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "month=2026-12" });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ errorCode: "invalid_client", errorMessage: expect.stringMatching(/^クライアント認証に失敗しました。/) });
  });
});
