// A small load balancer for the rolling-restart tests, on node:http: requests go round-robin to the upstreams
// whose /readyz answered 200 at the last health check (every 100 ms, as a load balancer's check would, only
// faster). With `keepAlive` it keeps its upstream connections open (one http.Agent per upstream, as most load
// balancers connect); without, it opens a new connection per request.
// It retries a request on another upstream only when the connection could not be opened (ECONNREFUSED: nothing
// was sent); any other upstream failure — a reset, a connection closed before or during the response — is
// answered 502 and counted as a failure, so a server that cuts a request it accepted fails the test.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type TProxy = {
  origin: string;
  /** Requests answered 502 because an upstream failed them, with why. */
  failures: string[];
  /** Requests sent again to another upstream because the first refused the connection. */
  refusedRetries: number;
  /** Whether the upstream at this origin is in rotation now. */
  healthy: (origin: string) => boolean;
  close: () => Promise<void>;
};

/** checkEveryMs: the health check's interval (100 ms unless told): a slower one keeps a draining instance in rotation longer. */
export async function startRoundRobinProxy(port: number, upstreams: string[], options: { keepAlive: boolean; checkEveryMs?: number }): Promise<TProxy> {
  const agents = new Map(upstreams.map((u) => [u, options.keepAlive ? new http.Agent({ keepAlive: true, maxSockets: 16 }) : undefined]));
  const healthy = new Set<string>();
  const failures: string[] = [];
  let refusedRetries = 0;
  let next = 0;

  const check = () => {
    for (const upstream of upstreams) {
      const req = http.get(`${upstream}/readyz`, { agent: false, timeout: 1000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) healthy.add(upstream);
        else healthy.delete(upstream);
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => healthy.delete(upstream));
    }
  };
  check();
  const checker = setInterval(check, options.checkEveryMs ?? 100);

  const pick = (exclude: Set<string>): string | null => {
    const candidates = upstreams.filter((u) => healthy.has(u) && !exclude.has(u));
    if (!candidates.length) return null;
    return candidates[next++ % candidates.length];
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => forward(Buffer.concat(chunks), new Set()));
    const forward = (body: Buffer, tried: Set<string>) => {
      const upstream = pick(tried);
      if (!upstream) {
        failures.push(`${req.method} ${req.url}: no upstream in rotation`);
        res.writeHead(502).end();
        return;
      }
      const headers = { ...req.headers, host: new URL(upstream).host, "content-length": String(body.length) };
      delete headers.connection;
      const upstreamReq = http.request(`${upstream}${req.url}`, { method: req.method, headers, agent: agents.get(upstream) ?? false }, (upstreamRes) => {
        const out: Buffer[] = [];
        upstreamRes.on("data", (c: Buffer) => out.push(c));
        upstreamRes.on("end", () => {
          const responseHeaders = { ...upstreamRes.headers };
          delete responseHeaders.connection;
          delete responseHeaders["keep-alive"];
          delete responseHeaders["transfer-encoding"];
          const payload = Buffer.concat(out);
          res.writeHead(upstreamRes.statusCode ?? 502, { ...responseHeaders, "content-length": String(payload.length) }).end(payload);
        });
        upstreamRes.on("error", (error) => fail(upstream, error));
      });
      let settled = false;
      const fail = (at: string, error: Error & { code?: string }) => {
        if (settled) return;
        settled = true;
        if (error.code === "ECONNREFUSED") {
          refusedRetries++;
          healthy.delete(at);
          forward(body, new Set([...tried, at]));
          return;
        }
        failures.push(`${req.method} ${req.url} via ${at}: ${error.code ?? ""} ${error.message}`);
        if (!res.headersSent) res.writeHead(502);
        res.end();
      };
      upstreamReq.on("error", (error) => fail(upstream, error));
      upstreamReq.end(body);
    };
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  for (const until = Date.now() + 5000; !healthy.size && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    failures,
    get refusedRetries() {
      return refusedRetries;
    },
    healthy: (u) => healthy.has(u),
    close: async () => {
      clearInterval(checker);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      for (const agent of agents.values()) agent?.destroy();
    },
  };
}
