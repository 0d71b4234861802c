// Both connections Renkei writes the embedded database through — Prisma's and the hot queries' — flush the
// write-ahead log at every COMMIT, on a file that was already in WAL mode when they opened it (after
// `npm run migrate`, every file is), where better-sqlite3 would otherwise run synchronous = NORMAL.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { databaseTarget } from "./url";
import { openHotConnection } from "./hot/sqlite-hot-queries";

const FULL = 2; // PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA

describe("commits on the embedded database", () => {
  let file: string;
  beforeAll(async () => {
    await ownDatabase();
    const target = databaseTarget();
    if (target.provider !== "sqlite") throw new Error("the unit tests run on SQLite");
    file = target.file;
  });

  it("a connection opened on a WAL file would commit with synchronous = NORMAL by itself", () => {
    const plain = new Database(file);
    expect(plain.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(plain.pragma("synchronous", { simple: true })).toBe(1);
    plain.close();
  });

  it("the hot queries' connection commits with synchronous = FULL", () => {
    const hot = openHotConnection(file);
    expect(hot.pragma("synchronous", { simple: true })).toBe(FULL);
    hot.close();
  });

  it("Prisma's connection commits with synchronous = FULL", async () => {
    const { db } = await import("@/lib/db");
    const rows = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(Number(rows[0].synchronous)).toBe(FULL);
  });
});
