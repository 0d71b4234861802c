// The production server holds every client to deadlines (lib/http/listener-limits.ts, server.mjs): a client
// sending its headers, or its body, one byte at a time is cut off at the deadline with 408, and connections
// beyond RENKEI_MAX_CONNECTIONS are closed at once. Here on a server of its own with short deadlines, so
// the test takes seconds; the defaults are in README's Configuration table.
import { createConnection, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extraServerPort } from "../env";
import { startServer, type TServer } from "../server-process";

const PORT = extraServerPort("listenerLimits");
let server: TServer;

beforeAll(async () => {
  server = await startServer("listener-limits", PORT, 0, { RENKEI_HEADERS_TIMEOUT_MS: "2000", RENKEI_REQUEST_TIMEOUT_MS: "3000", RENKEI_MAX_CONNECTIONS: "3" });
}, 120_000);
afterAll(async () => server?.stop());

type TSlow = { socket: Socket; closedAfterMs: Promise<number>; received: () => string };

/** Connects and writes `head`, then the bytes of `drip` one every `everyMs`, until the server closes. */
function slowClient(head: string, drip: string, everyMs: number): TSlow {
  const started = Date.now();
  const socket = createConnection({ port: PORT, host: "127.0.0.1" });
  let received = "";
  socket.on("data", (d) => (received += d));
  socket.on("error", () => {});
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || socket.writableEnded) return;
    socket.write(drip[i++ % drip.length]);
  }, everyMs);
  socket.once("connect", () => socket.write(head));
  const closedAfterMs = new Promise<number>((resolve) => socket.once("close", () => (clearInterval(timer), resolve(Date.now() - started))));
  return { socket, closedAfterMs, received: () => received };
}

describe("a slow client", () => {
  it("sending its headers a byte every 500 ms is cut off at the headers deadline with 408", { timeout: 30_000 }, async () => {
    const slow = slowClient("GET /healthz HTTP/1.1\r\nHost: localhost\r\n", "X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n", 500);
    const after = await Promise.race([slow.closedAfterMs, new Promise<number>((r) => setTimeout(() => r(Infinity), 15_000))]);
    slow.socket.destroy();
    expect(after).toBeGreaterThanOrEqual(1500);
    expect(after).toBeLessThan(5000);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it("sending its body a byte every 500 ms is cut off at the request deadline with 408", { timeout: 30_000 }, async () => {
    const head = "POST /sakura/oauth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
    const slow = slowClient(head, "a", 500);
    const after = await Promise.race([slow.closedAfterMs, new Promise<number>((r) => setTimeout(() => r(Infinity), 15_000))]);
    slow.socket.destroy();
    expect(after).toBeGreaterThanOrEqual(2500);
    expect(after).toBeLessThan(6000);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it("beyond RENKEI_MAX_CONNECTIONS, a connection is closed at once; the server serves again after", { timeout: 30_000 }, async () => {
    const idle = [0, 1, 2].map(() => slowClient("", " ", 60_000));
    await new Promise((r) => setTimeout(r, 300));
    const extra = slowClient("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n", " ", 60_000);
    const after = await Promise.race([extra.closedAfterMs, new Promise<number>((r) => setTimeout(() => r(Infinity), 1500))]);
    expect(after).toBeLessThan(1500);
    expect(extra.received()).toBe("");
    for (const c of idle) c.socket.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });
});
