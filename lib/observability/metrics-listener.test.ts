// The metrics listener: Prometheus text at /metrics on loopback, nothing else there, off with port 0, and a taken
// port leaves the process running without it.
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { metrics, metricsSettings } from "./metrics";
import { startMetricsListener } from "./metrics-listener";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const started: Server[] = [];
afterEach(() => started.splice(0).forEach((s) => s.close()));

describe("the metrics listener", () => {
  it("serves the registry in Prometheus text format at /metrics, and 404 elsewhere", async () => {
    const port = await freePort();
    const server = await startMetricsListener({ RENKEI_METRICS_PORT: String(port) });
    expect(server).not.toBeNull();
    started.push(server!);
    expect(server!.address()).toMatchObject({ address: "127.0.0.1", port });
    metrics().consents.inc({ outcome: "given" });
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^# HELP renkei_consents_total /m);
    expect(text).toMatch(/^renkei_consents_total\{outcome="given"\} [1-9]/m);
    expect(text).toMatch(/^# TYPE http_server_request_duration_seconds histogram$/m);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: "POST" })).status).toBe(405);
  });

  it("is off with port 0, loopback unless told, and refuses a port that is not one", () => {
    expect(metricsSettings({ RENKEI_METRICS_PORT: "0" })).toBeNull();
    expect(metricsSettings({})).toEqual({ port: 9464, host: "127.0.0.1" });
    expect(metricsSettings({ RENKEI_METRICS_PORT: "9100", RENKEI_METRICS_HOST: "0.0.0.0" })).toEqual({ port: 9100, host: "0.0.0.0" });
    expect(() => metricsSettings({ RENKEI_METRICS_PORT: "metrics" })).toThrow(/RENKEI_METRICS_PORT/);
  });

  it("starts nothing, and throws nothing, when its port is taken", async () => {
    const port = await freePort();
    const first = await startMetricsListener({ RENKEI_METRICS_PORT: String(port) });
    started.push(first!);
    expect(await startMetricsListener({ RENKEI_METRICS_PORT: String(port) })).toBeNull();
  });
});
