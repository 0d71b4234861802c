// While the database cannot be reached, the server says so — 503 with Retry-After (RFC 9110 §15.6.4),
// in each endpoint's own error shape — instead of a 500. The server here is pointed at a PostgreSQL
// address where nothing listens: a database that is down from the start.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extraServerPort, extraServerTlsPort } from "../env";
import { startServer, type TServer } from "../server-process";

let server: TServer;
beforeAll(async () => {
  server = await startServer("unused", extraServerPort("databaseDown"), extraServerTlsPort("databaseDown"), { DATABASE_URL: "postgresql://renkei:renkei@127.0.0.1:9/renkei_down" }, { fresh: false, ready: "listening" });
});
afterAll(() => server?.stop());

describe("the database down", () => {
  it.each([
    ["the token endpoint", "POST", "/sakura/oauth/token", { error: "temporarily_unavailable" }],
    ["the PAR endpoint", "POST", "/sakura/oauth/par", { error: "temporarily_unavailable" }],
    ["introspection", "POST", "/sakura/oauth/introspect", { error: "temporarily_unavailable" }],
    ["the metadata", "GET", "/.well-known/oauth-authorization-server/sakura", { error: "temporarily_unavailable" }],
    ["the API", "GET", "/sakura/api/v1/accounts", { errorCode: "service_unavailable" }],
  ])("%s answers 503 with Retry-After", async (_name, method, path, body) => {
    const res = await fetch(`${server.baseUrl}${path}`, { method, headers: { "content-type": "application/x-www-form-urlencoded" }, body: method === "POST" ? "grant_type=refresh_token" : undefined });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject(body);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("the authorization endpoint answers a Japanese 503 page with Retry-After", async () => {
    const res = await fetch(`${server.baseUrl}/sakura/oauth/authorize?client_id=x&request_uri=y`, { redirect: "manual" });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBeTruthy();
    expect(await res.text()).toContain("ただいまご利用いただけません");
  });

  it("a screen answers a Japanese 503 page with Retry-After, not Next's English error", async () => {
    const res = await fetch(`${server.baseUrl}/sakura/links`, { redirect: "manual" });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const page = await res.text();
    expect(page).toContain("ただいまご利用いただけません");
    expect(page).not.toMatch(/This page couldn.t load/);
  });

  it("/readyz says why it is not ready; /healthz, the liveness, stays 200", async () => {
    const ready = await fetch(`${server.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get("retry-after")).toBeTruthy();
    const body = (await ready.json()) as { status: string; reasons: string[] };
    expect(body.status).toBe("unavailable");
    expect(body.reasons.join(" ")).toContain("database unreachable");
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });

  it("logs the outage once, not once per request", () => {
    expect(server.output().match(/database unavailable \(/g)?.length).toBe(1);
    expect(server.output()).not.toContain("uncaughtException");
  });
});
