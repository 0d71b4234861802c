// The bench's table, its ratios against the targets (bench/SAMPLE.md), and bench/results/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TMeasurement, TMeasureOptions } from "./lib/measure";

type TRatio = { value: number | null; target: string; met: boolean; means: string };

const round = (value: number) => Math.round(value * 100) / 100;

function ratio(value: number, comparison: ">=" | "<=", bound: number, means: string): TRatio {
  if (Number.isNaN(value)) return { value: null, target: `${comparison} ${bound}`, met: false, means: "not measured in this run" };
  return { value: round(value), target: `${comparison} ${bound}`, met: comparison === ">=" ? value >= bound : value <= bound, means };
}

export function ratiosOf(results: TMeasurement[]) {
  // a measurement left out with --only counts as NaN: its ratios are reported as not measured
  const missing: TMeasurement = { name: "", system: "renkei", requestsPerSecond: NaN, p50Ms: NaN, p99Ms: NaN, peakRssMb: NaN, requests: 0, non2xx: 0, errors: 0 };
  const get = (name: string) => results.find((m) => m.name === name) ?? missing;
  const balances = get("renkei balances");
  const limit = get("limit balances (node:http)");
  const page10k = get("renkei transactions, 10k rows");
  const page1m = get("renkei transactions, 1M rows");
  // the connector's lines against embedded balances measured in the rounds between its own (bench/run.ts)
  const embeddedBeside = get("renkei balances (embedded, beside the connector)");
  const connector = get("renkei balances through the bank connector");
  const connector20 = get("renkei balances through the bank connector, bank +20 ms");
  const machineBalances = get("renkei machine balances");
  const machineToken = get("renkei machine token (refresh)");
  const peakOf = (system: string, prefix: string) => {
    const own = results.filter((m) => m.system === system && m.name.startsWith(prefix));
    return own.length ? Math.max(...own.map((m) => m.peakRssMb)) : NaN;
  };
  return {
    token_vs_peer: ratio(get("renkei token (refresh)").requestsPerSecond / get("peer token (refresh)").requestsPerSecond, ">=", 1.0, "Renkei refresh grants/s ÷ the peer's"),
    introspection_vs_peer: ratio(get("renkei introspection").requestsPerSecond / get("peer introspection").requestsPerSecond, ">=", 1.2, "Renkei introspections/s ÷ the peer's, in alternating rounds (issue 22: ≥ 1.2)"),
    par_vs_peer: ratio(get("renkei PAR").requestsPerSecond / get("peer PAR").requestsPerSecond, ">=", 1.0, "Renkei pushed requests/s ÷ the peer's, in alternating rounds"),
    balances_vs_limit: ratio(balances.requestsPerSecond / limit.requestsPerSecond, ">=", 0.5, "Renkei balances/s ÷ the bare server's"),
    balances_p99_vs_limit: ratio(balances.p99Ms / limit.p99Ms, "<=", 2.0, "Renkei balances p99 ÷ the bare server's p99"),
    connector_vs_embedded: ratio(connector.requestsPerSecond / embeddedBeside.requestsPerSecond, ">=", 0.6, "balances/s through the bank connector ÷ embedded balances/s, in alternating rounds"),
    connector_p99_over_bank_20ms: ratio(connector20.p99Ms - 20 - embeddedBeside.p99Ms, "<=", 10, "ms the connector's p99 (bank +20 ms) adds over 20 ms + embedded p99"),
    machine_rss_vs_peer: ratio(peakOf("renkei", "renkei machine") / peakOf("peer", "peer"), "<=", 1.5, "peak RSS of a RENKEI_ROLE=machine process ÷ the peer's"),
    machine_token_vs_all: ratio(machineToken.requestsPerSecond / get("renkei token (refresh) (all, beside machine)").requestsPerSecond, ">=", 0.95, "refresh grants/s of a machine process ÷ an `all` process's"),
    machine_balances_vs_all: ratio(machineBalances.requestsPerSecond / get("renkei balances (all, beside machine)").requestsPerSecond, ">=", 0.95, "balances/s of a machine process ÷ an `all` process's"),
    metrics_on_vs_off: ratio(get("renkei token (refresh, metrics on, restarted)").requestsPerSecond / get("renkei token (refresh, metrics off)").requestsPerSecond, ">=", 0.95, "refresh grants/s with the metrics on ÷ with them off (RENKEI_METRICS_PORT=0), each on a restarted server: their cost at most 5 %"),
    // issue 25: the limits' counters cost at most 5 % (limits on, set high ÷ off, same run)
    balances_limits_on_vs_off: ratio(get("renkei balances, limits on (set high)").requestsPerSecond / balances.requestsPerSecond, ">=", 0.95, "balances/s with limits on (set high) ÷ with limits off"),
    token_limits_on_vs_off: ratio(get("renkei token (refresh), limits on (set high)").requestsPerSecond / get("renkei token (refresh)").requestsPerSecond, ">=", 0.95, "refresh grants/s with limits on (set high) ÷ with limits off"),
    paging_1m_vs_10k: ratio(page10k.requestsPerSecond / page1m.requestsPerSecond, "<=", 1.2, "time per page at 1M rows ÷ at 10k rows (from pages/s)"),
  };
}

/** CPU per request of the connector line over the embedded balances line: the server alone, with the bank simulator, and with the load generator too. */
function connectorCpu(results: TMeasurement[]) {
  const embedded = results.find((m) => m.name === "renkei balances (embedded, beside the connector)")?.cpuMsPerRequest;
  const connector = results.find((m) => m.name === "renkei balances through the bank connector")?.cpuMsPerRequest;
  if (!embedded || !connector) return null;
  const ratio = (a: number, b: number) => (b > 0 ? round(a / b) : NaN);
  const server = ratio(connector.server, embedded.server);
  const withBank = ratio(connector.server + (connector.bank ?? 0), embedded.server);
  const all = ratio(connector.server + (connector.bank ?? 0) + connector.loadGenerator, embedded.server + embedded.loadGenerator);
  return { server, withBank, all };
}

export function writeReport(results: TMeasurement[], options: TMeasureOptions, elapsedMs: number) {
  const ratios = ratiosOf(results);
  const failed = results.filter((m) => m.non2xx > 0 || m.errors > 0);
  const cpu = (m: TMeasurement, key: string) => (m.cpuMsPerRequest?.[key] === undefined ? "–" : m.cpuMsPerRequest[key].toFixed(2));
  console.log(`\n| measurement | req/s | p50 ms | p99 ms | peak RSS MB | failed | CPU ms/req: server | bank | load generator |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const m of results) console.log(`| ${m.name} | ${m.requestsPerSecond} | ${m.p50Ms} | ${m.p99Ms} | ${m.peakRssMb} | ${m.non2xx + m.errors} | ${cpu(m, "server")} | ${cpu(m, "bank")} | ${cpu(m, "loadGenerator")} |`);
  console.log(`\n| ratio | value | target | met |\n| --- | ---: | --- | --- |`);
  for (const [name, r] of Object.entries(ratios)) console.log(`| ${name} | ${r.value === null ? "–" : r.value.toFixed(2)} | ${r.target} | ${r.value === null ? "not measured" : r.met ? "yes" : "NO"} |`);
  const cpuShares = connectorCpu(results);
  if (cpuShares) console.log(`\nCPU per request, connector ÷ embedded (no target; steadier than req/s on a busy machine): server ${cpuShares.server}, server + bank ${cpuShares.withBank}, server + bank + load generator ${cpuShares.all}`);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    options,
    elapsedSeconds: Math.round(elapsedMs / 1000),
    results,
    ratios: Object.fromEntries(Object.entries(ratios).map(([name, r]) => [name, r.value])),
    connectorCpuVsEmbedded: connectorCpu(results),
    targets: ratios,
  };
  const file = path.resolve(__dirname, "results/latest.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)} (${report.elapsedSeconds} s)`);
  if (failed.length) {
    // a benchmark of failing requests measures nothing: say so and fail
    console.error(`\nrequests failed in: ${failed.map((m) => `${m.name} (${m.non2xx} non-2xx, ${m.errors} errors)`).join(", ")}`);
    process.exitCode = 1;
  }
}
