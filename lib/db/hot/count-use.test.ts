// The limits' counter (COUNT_USE_SQL) on a real SQLite file: counts to the limit and refuses after it without
// counting the refused call, starts over in a newer window, and treats an older window (a clock behind) as the
// current one; the usage fold moves each event exactly once.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { foldUsage } from "@/lib/usage/fold-usage";
import { migrate } from "../migrate";
import { CountRefused, type THotWrite } from "./hot-queries";
import { sqliteHotQueries } from "./sqlite-hot-queries";

async function fresh() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "renkei-count-")), "count.db");
  await migrate(`file:${file}`);
  return { file, hot: sqliteHotQueries(file) };
}

const counter = (windowId: number, limit = 3) => ({ kind: "countUse" as const, key: "s:i:c", windowId, limit, result: { count: null as number | null } });

describe("the limit counter", () => {
  it("admits up to the limit per window, then refuses without counting", async () => {
    const { hot } = await fresh();
    const counts: (number | null)[] = [];
    for (let i = 0; i < 5; i++) {
      const w = counter(100);
      await hot.commit([], [w]);
      counts.push(w.result.count);
    }
    expect(counts).toEqual([1, 2, 3, null, null]);
    const next = counter(101);
    await hot.commit([], [next]);
    expect(next.result.count).toBe(1); // a new window starts over
    const behind = counter(100);
    await hot.commit([], [behind]);
    expect(behind.result.count).toBe(2); // a clock behind counts in the current window, never resets it
    await hot.close();
  });

  it("a strict counter at its limit rolls the whole commit back (CountRefused)", async () => {
    const { file, hot } = await fresh();
    const strict = () => ({ ...counter(200, 1), strict: true });
    const event: THotWrite = { kind: "usageEvent", event: { institutionId: "i", clientId: "c", operation: "token", day: "2026-12-06", status: 200, present: false, ms: 1 } };
    await hot.commit([], [strict(), event]);
    await expect(hot.commit([], [strict(), event])).rejects.toBeInstanceOf(CountRefused);
    await hot.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT count(*) AS n FROM "UsageEvent"`).get()).toEqual({ n: 1 }); // the refused commit wrote nothing
    db.close();
  });

  it("folds each usage event once into the day and the histogram", async () => {
    const { file, hot } = await fresh();
    const event = (status: number, ms: number): THotWrite => ({ kind: "usageEvent", event: { institutionId: "i", clientId: "c", operation: "balances", day: "2026-12-06", status, present: status === 201, ms } });
    await hot.commit([], [event(200, 3), event(429, 1), event(201, 20), event(404, 2)]);
    expect(await hot.rollUpUsage(2, foldUsage)).toBe(2); // a batch at a time
    expect(await hot.rollUpUsage(10, foldUsage)).toBe(2);
    expect(await hot.rollUpUsage(10, foldUsage)).toBe(0); // nothing is folded twice
    await hot.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT "calls", "ok", "clientErrors", "serverErrors", "rateLimited", "customerPresent" FROM "UsageDay"`).all())
      .toEqual([{ calls: 4, ok: 2, clientErrors: 1, serverErrors: 0, rateLimited: 1, customerPresent: 1 }]);
    expect(db.prepare(`SELECT "bucket", "count" FROM "UsageLatency" ORDER BY "bucket"`).all()).toEqual([{ bucket: 1, count: 1 }, { bucket: 2, count: 1 }, { bucket: 3, count: 1 }, { bucket: 20, count: 1 }]);
    expect(db.prepare(`SELECT count(*) AS n FROM "UsageEvent"`).get()).toEqual({ n: 0 });
    db.close();
  });
});
