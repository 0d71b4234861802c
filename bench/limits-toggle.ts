// "limits on (set high)" beside "limits off" in the same run (issue 25's criterion: within 5 %): the bench client's
// own limits at the bench institution set so high nothing is refused — every call then pays for the counters
// (lib/limits/meter.ts) — or to 0 (no limit: no counter is touched). Written straight into the bench database,
// then the server's limits cache (LIMITS_TTL_MS, 5 s) is waited out.
import Database from "better-sqlite3";
// windows.ts, not client-limits.ts: that one loads lib/db, which must not open a database before the bench names it
import { LIMITS_TTL_MS } from "@/lib/limits/windows";
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
