// The outage watch: an unreachable PostgreSQL is noted once (one log line down, one back), probed until it answers,
// and an idle connection's death is an outage only when the probe fails too; on SQLite (no probe) a busy lock is
// never an outage.
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetProcessSingletons } from "@/lib/process/cross-bundle";
import { databaseDown, noteDatabaseError, noteDatabaseReached, onPoolError, setOutageProbe } from "./outage-watch";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

afterEach(() => {
  noteDatabaseReached();
  forgetProcessSingletons("databaseOutage");
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("the outage watch", () => {
  it("notes an outage once, probes every second, and notes the return once", async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const logs = vi.spyOn(console, "log").mockImplementation(() => undefined);
    let up = false;
    const probe = vi.fn(async () => {
      if (!up) throw refused;
    });
    setOutageProbe(probe);
    for (let i = 0; i < 50; i++) expect(noteDatabaseError(refused)).toBe(true);
    expect(databaseDown()).toBe(true);
    expect(errors).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(databaseDown()).toBe(true);
    up = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(databaseDown()).toBe(false);
    expect(logs).toHaveBeenCalledTimes(1);
    expect(String(logs.mock.calls[0][0])).toContain("database reachable again");
  });

  it("an error that is not about reaching the database is not an outage", () => {
    setOutageProbe(async () => undefined);
    expect(noteDatabaseError(new Error("unique constraint"))).toBe(false);
    expect(databaseDown()).toBe(false);
  });

  it("a dropped idle connection is an outage only when the probe fails too", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    setOutageProbe(async () => undefined);
    onPoolError();
    await new Promise((r) => setTimeout(r, 10));
    expect(databaseDown()).toBe(false);
    setOutageProbe(async () => {
      throw refused;
    });
    onPoolError();
    await new Promise((r) => setTimeout(r, 10));
    expect(databaseDown()).toBe(true);
  });

  it("without a probe (SQLite) a busy lock is answered 503 but is never an outage", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(noteDatabaseError(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
    expect(databaseDown()).toBe(false);
    expect(errors).toHaveBeenCalledTimes(1);
  });
});
