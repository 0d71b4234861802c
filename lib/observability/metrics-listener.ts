// The metrics listener: GET /metrics in Prometheus text format on a port of its own (RENKEI_METRICS_PORT, 9464
// by default as OpenTelemetry's Prometheus exporter; 0 turns it off), bound to loopback unless
// RENKEI_METRICS_HOST names another address — the numbers describe the bank's traffic and are not for the
// internet. It is not one of the service's listeners: it is not drained or counted, and it does not keep the
// process alive. A port already taken is logged and the service runs on without metrics: a scrape target
// must never keep the bank's endpoints from starting.
import http from "node:http";
import { logger, errorFields } from "./logger";
import { metricsSettings, scrapeMetrics } from "./metrics";

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const path = (req.url ?? "/").split("?")[0];
  if (path !== "/metrics") {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found: the metrics are at /metrics\n");
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("GET /metrics\n");
    return;
  }
  const { contentType, text } = await scrapeMetrics();
  res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : text);
}

/** Starts the listener when RENKEI_METRICS_PORT is not 0; resolves once it listens (or could not). */
export function startMetricsListener(env: Record<string, string | undefined> = process.env): Promise<http.Server | null> {
  const settings = metricsSettings(env);
  if (!settings) return Promise.resolve(null);
  const server = http.createServer((req, res) => {
    answer(req, res).catch((error) => {
      logger().error(errorFields(error), "metrics: could not answer a scrape");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve) => {
    server.once("error", (error) => {
      logger().error({ ...errorFields(error), port: settings.port, host: settings.host }, "metrics listener could not start; serving without metrics");
      resolve(null);
    });
    server.listen(settings.port, settings.host, () => {
      server.unref();
      logger().info({ port: settings.port, host: settings.host }, `metrics on http://${settings.host}:${settings.port}/metrics`);
      resolve(server);
    });
  });
}
