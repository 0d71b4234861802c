// "limits on (set high)" beside "limits off" in the same run (issue 25's criterion: within 5 %): a bench client's
// own limits at the bench institution set so high nothing is refused — every call then pays for the counters
// (lib/limits/meter.ts) — or to 0 (no limit: no counter is touched). Written straight into the bench database,
// then the server's limits cache (LIMITS_TTL_MS, 5 s) is waited out. Two clients, one on and one off, let the bench
// alternate short rounds of each (measureOnOff), so that the machine's other load falls on both alike.
import Database from "better-sqlite3";
// windows.ts, not client-limits.ts: that one loads lib/db, which must not open a database before the bench names it
import { LIMITS_TTL_MS } from "@/lib/limits/windows";
import type { TMeasurement } from "./lib/measure";
import { BENCH_DB_FILE } from "./renkei-target";

const HIGH = 1_000_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function setBenchLimits(institutionId: string, clientId: string, on: boolean) {
  const sqlite = new Database(BENCH_DB_FILE);
  sqlite.pragma("busy_timeout = 10000");
  try {
    const client = sqlite.prepare(`SELECT "id" FROM "Client" WHERE "clientId" = ?`).get(clientId) as { id: string };
    const value = on ? HIGH : 0;
    sqlite.prepare(`INSERT INTO "ClientLimit" ("institutionId", "clientId", "rps", "daily", "presentDaily", "oauthPerMinute", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT ("institutionId", "clientId") DO UPDATE SET "rps" = excluded."rps", "daily" = excluded."daily", "presentDaily" = excluded."presentDaily", "oauthPerMinute" = excluded."oauthPerMinute"`)
      .run(institutionId, client.id, value, value, value, value, new Date().toISOString().replace("Z", "+00:00"));
  } finally {
    sqlite.close();
  }
  await pause(LIMITS_TTL_MS + 500);
}

/** Alternating rounds of `off` and `on` (each `rounds` × duration / rounds), combined into one measurement each. */
export async function measureOnOff(
  rounds: number,
  run: (which: "off" | "on", durationSeconds: number, warmupSeconds: number) => Promise<TMeasurement>,
  durationSeconds: number,
): Promise<{ off: TMeasurement; on: TMeasurement }> {
  const got: Record<"off" | "on", TMeasurement[]> = { off: [], on: [] };
  for (let i = 0; i < rounds; i++) {
    for (const which of i % 2 === 0 ? (["off", "on"] as const) : (["on", "off"] as const)) got[which].push(await run(which, durationSeconds / rounds, 1));
  }
  const combine = (list: TMeasurement[]): TMeasurement => {
    const requests = list.reduce((n, m) => n + m.requests, 0);
    return {
      ...list[0]!, requests, requestsPerSecond: Math.round(requests / durationSeconds),
      p50Ms: Math.max(...list.map((m) => m.p50Ms)), p99Ms: Math.max(...list.map((m) => m.p99Ms)), peakRssMb: Math.max(...list.map((m) => m.peakRssMb)),
      non2xx: list.reduce((n, m) => n + m.non2xx, 0), errors: list.reduce((n, m) => n + m.errors, 0),
    };
  };
  return { off: combine(got.off), on: combine(got.on) };
}
