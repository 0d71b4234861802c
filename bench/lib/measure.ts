// One measurement: a warm-up run that is thrown away, then a fixed-duration run at fixed connections,
// while the server's resident memory is sampled. Every request is built fresh by `build` (its own DPoP
// proof, its own client assertion), synchronously, inside autocannon's setupRequest.
import autocannon from "autocannon";
import { watchPeakRss } from "./process-memory";
import { ownCpuMs, treeCpuMs } from "./process-cpu";

export type TRequest = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

export type TMeasurement = {
  name: string;
  system: "renkei" | "peer" | "limit";
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU milliseconds per request (./process-cpu.ts): the server's, the load generator's, and any other process the line involves (the bank simulator) */
  cpuMsPerRequest?: Record<string, number>;
};

export type TMeasureOptions = { connections: number; durationSeconds: number; warmupSeconds: number };

async function run(origin: string, build: () => TRequest, connections: number, duration: number) {
  return autocannon({
    url: origin,
    connections,
    duration,
    requests: [{ setupRequest: (request) => ({ ...request, ...build() }) }],
  });
}

export async function measure(
  name: string,
  system: TMeasurement["system"],
  origin: string,
  pid: number,
  build: () => TRequest,
  options: TMeasureOptions,
  /** other processes whose CPU the line costs (the bank simulator), by name */
  alsoPids: Record<string, number> = {},
): Promise<TMeasurement> {
  const probe = build();
  const check = await fetch(origin + probe.path, { method: probe.method, headers: probe.headers, body: probe.body });
  if (!check.ok) throw new Error(`${name}: the probe request answered ${check.status} ${(await check.text()).slice(0, 300)}`);
  await run(origin, build, options.connections, options.warmupSeconds);
  const stopWatching = watchPeakRss(pid);
  const pids: Record<string, number> = { server: pid, ...alsoPids };
  const cpuBefore = Object.fromEntries(Object.entries(pids).map(([key, p]) => [key, treeCpuMs(p)]));
  const ownBefore = ownCpuMs();
  const result = await run(origin, build, options.connections, options.durationSeconds);
  const ownUsed = ownCpuMs() - ownBefore;
  const cpuUsed = Object.fromEntries(Object.entries(pids).map(([key, p]) => [key, treeCpuMs(p) - cpuBefore[key]]));
  const peakRssMb = stopWatching();
  const perRequest = (ms: number) => Math.round((ms / Math.max(1, result.requests.total)) * 1000) / 1000;
  const cpuMsPerRequest = { ...Object.fromEntries(Object.entries(cpuUsed).map(([key, ms]) => [key, perRequest(ms)])), loadGenerator: perRequest(ownUsed) };
  const measurement: TMeasurement = {
    name,
    system,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    peakRssMb,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest,
  };
  process.stdout.write(`  ${name.padEnd(34)} ${String(measurement.requestsPerSecond).padStart(6)} req/s  p50 ${measurement.p50Ms} ms  p99 ${measurement.p99Ms} ms  ${measurement.non2xx ? `non-2xx ${measurement.non2xx}  ` : ""}peak ${peakRssMb} MB  CPU ms/req ${Object.entries(cpuMsPerRequest).map(([key, ms]) => `${key} ${ms}`).join(", ")}\n`);
  return measurement;
}
