// SIGTERM straight at one instance, with no load balancer's health check to hide anything: clients that keep
// their connections alive send requests without pause, and one request is still arriving (its body a byte at a
// time) when the signal comes and for seconds after. The server must cut nothing it accepted: each busy
// connection gets `Connection: close` on its next answer (and its client, told to go elsewhere, stops), a new
// connection during the grace period is still served, the slow request gets its whole answer, and the process
// exits 0. (A client that kept opening connections until the port closed could meet the one race no server
// avoids — a connection the kernel queued but the process never accepted, reset when the listener closes — which
// is what the grace period and a load balancer's health check are for: test/robustness/rolling-restart.test.ts.)
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extraServerPort } from "../env";
import { startServer, type TServer } from "../server-process";

const PORT = extraServerPort("gracefulShutdown");
let server: TServer;

beforeAll(async () => {
  server = await startServer("graceful-shutdown", PORT, 0, { RENKEI_SHUTDOWN_GRACE_MS: "1000", RENKEI_SHUTDOWN_TIMEOUT_MS: "10000" });
}, 120_000);
afterAll(() => server?.stop());

/** A POST whose 40-byte body arrives a byte every 100 ms: the whole response as text, or the error that cut it. */
function slowRequest(): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(PORT, "localhost");
    let response = "";
    socket.on("data", (d) => (response += d));
    socket.on("end", () => resolve(response));
    socket.on("error", (error) => resolve(`cut: ${error.message} after ${JSON.stringify(response.slice(0, 40))}`));
    const body = "grant_type=refresh_token&refresh_token=x";
    socket.write(`POST /sakura/oauth/token HTTP/1.1\r\nHost: localhost:${PORT}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n`);
    let i = 0;
    const timer = setInterval(() => {
      if (socket.destroyed) return clearInterval(timer);
      socket.write(body[i++]);
      if (i === body.length) clearInterval(timer);
    }, 100);
  });
}

describe("SIGTERM with keep-alive clients and a request in flight", () => {
  it("cuts nothing it accepted and exits 0", { timeout: 60_000 }, async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const failures: string[] = [];
    let answered = 0;
    let closeHeaders = 0;
    let signalled = false;
    let signalledAt = 0;
    const get = () => new Promise<void>((resolve, reject) => {
      const req = http.get(`http://localhost:${PORT}/.well-known/oauth-authorization-server/sakura`, { agent }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode !== 200) failures.push(`status ${res.statusCode}`);
          answered++;
          if (signalled && res.headers.connection === "close") {
            closeHeaders++;
            reject(Object.assign(new Error("told to close"), { code: "TOLD_TO_CLOSE" }));
          } else resolve();
        });
        res.on("error", reject);
      });
      req.on("error", (error) => reject(Object.assign(error, { reused: req.reusedSocket, at: Date.now() - signalledAt })));
    });
    const client = async () => {
      for (;;) {
        try {
          await get();
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code === "TOLD_TO_CLOSE") return; // the server said so after its answer: go elsewhere
          failures.push(`${code ?? ""} ${(error as Error).message} reused=${(error as { reused?: boolean }).reused} at=${(error as { at?: number }).at}`);
          return;
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await new Promise((r) => setTimeout(r, 1000));
    const slow = slowRequest(); // 4 s of body: straddles the signal, the grace period and the close
    await new Promise((r) => setTimeout(r, 300));
    const before = answered;
    signalled = true;
    signalledAt = Date.now();
    process.kill(server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    // a new connection within the grace period is served, and told to close after its answer
    const fresh = await fetch(`http://localhost:${PORT}/.well-known/oauth-authorization-server/sakura`);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("connection")).toBe("close");
    await Promise.all(clients);
    const slowAnswer = await slow;
    expect(await server.exited).toBe(0);
    agent.destroy();

    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(before); // still served during the grace period
    expect(closeHeaders).toBe(4); // …each busy connection told to close after its answer
    expect(slowAnswer).toMatch(/^HTTP\/1\.1 4\d\d /); // the token endpoint's answer to a bad grant, whole
    expect(slowAnswer).toContain('"error"');
    expect(server.output()).toContain("stopped: requests finished");
  });
});
