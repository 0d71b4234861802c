// The demo is the default embedded SQLite file, or whatever RENKEI_DEMO=1 names; never PostgreSQL or
// another file unless asked, whatever NODE_ENV says.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoDataWanted } from "./demo-data-wanted";

describe("demoDataWanted", () => {
  it.each([
    ["no DATABASE_URL (the embedded default)", {}, true],
    ["the default file, as the README spells it", { DATABASE_URL: "file:./.data/renkei.db" }, true],
    ["the default file, spelt another way", { DATABASE_URL: `file:${path.resolve(".data/renkei.db")}` }, true],
    ["the default file under NODE_ENV=production (npm start)", { NODE_ENV: "production" }, true],
    ["the default file with RENKEI_DEMO=0", { RENKEI_DEMO: "0" }, false],
    ["another SQLite file", { DATABASE_URL: "file:./.data/bank.db" }, false],
    ["PostgreSQL", { DATABASE_URL: "postgresql://renkei:x@db.internal:5432/renkei" }, false],
    ["PostgreSQL with RENKEI_DEMO=1", { DATABASE_URL: "postgresql://renkei:x@db.internal:5432/renkei", RENKEI_DEMO: "1" }, true],
    ["another SQLite file with RENKEI_DEMO=1", { DATABASE_URL: "file:./.data/bank.db", RENKEI_DEMO: "1" }, true],
  ])("%s → %s", (_name, env, wanted) => {
    expect(demoDataWanted(env)).toBe(wanted);
  });

  it("refuses a RENKEI_DEMO it does not know rather than guess", () => {
    expect(() => demoDataWanted({ RENKEI_DEMO: "yes" })).toThrow("RENKEI_DEMO must be 1 (demo data) or 0 (none)");
  });
});
