// Tampering with the audit log from outside the app (raw SQL on the database file, as someone with disk
// access would) is reported by verifyAuditChain: a changed row, a deleted row. The rows are put back
// afterwards, because other test files share this database.
import { createHash, createHmac } from "node:crypto";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { db } from "@/lib/db";
import { appendAuditEvent } from "./append-audit-event";
import { sealLegacyAuditChain } from "./seal-legacy-chain";
import { verifyAuditChain } from "./verify-chain";

type TRow = { id: number; at: unknown; institutionId: string | null; actorType: string; actorId: string | null; action: string; targetType: string | null; targetId: string | null; ip: string | null; details: string; prevHash: string; hash: string };

const url = () => process.env.DATABASE_URL!;
const isSqlite = () => url().startsWith("file:");
const COLUMNS = ["id", "at", "institutionId", "actorType", "actorId", "action", "targetType", "targetId", "ip", "details", "prevHash", "hash"] as const;

/** Raw SQL outside Prisma: better-sqlite3 on the file, or the same statement through the pg driver. */
async function raw(sql: string, params: unknown[] = []): Promise<TRow[]> {
  if (isSqlite()) {
    const file = new Database(url().slice("file:".length));
    try {
      const statement = file.prepare(sql.replaceAll(/\$\d+/g, "?"));
      return statement.reader ? (statement.all(...params) as TRow[]) : (statement.run(...params), []);
    } finally {
      file.close();
    }
  }
  return db.$queryRawUnsafe<TRow[]>(sql, ...params);
}

const rowSql = (id: number) => raw(`SELECT ${COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "AuditEvent" WHERE "id" = $1`, [id]).then((r) => r[0]!);
const reinsert = (row: TRow) =>
  raw(`INSERT INTO "AuditEvent" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`, COLUMNS.map((c) => row[c]));


/** A row's timestamp as read raw: ms since the epoch on SQLite, a Date or an ISO string on PostgreSQL. */
const atOf = (row: TRow) => new Date(String(row.at).match(/^\d+$/) ? Number(row.at) : (row.at as string | Date));

/** What a forger without the chain's key computes: the entry's fields in auditHash's order, unkeyed or under a key of their own. */
function forgedHash(row: TRow, key: Buffer | null): string {
  const canonical = JSON.stringify([row.prevHash, atOf(row).toISOString(), row.institutionId, row.actorType, row.actorId, row.action, row.targetType, row.targetId, row.ip, row.details]);
  return (key ? createHmac("sha256", key) : createHash("sha256")).update(canonical).digest("hex");
}

beforeAll(() => ownDatabase({ seed: true }));

describe("audit chain verification", () => {
  const ids: number[] = [];

  beforeAll(async () => {
    for (const n of [1, 2, 3]) {
      await db.$transaction((tx) => appendAuditEvent(tx, { actorType: "system", action: "test.chain", targetType: "test", targetId: `row-${n}`, details: { n } }));
      const row = await db.auditEvent.findFirstOrThrow({ where: { action: "test.chain", targetId: `row-${n}` }, orderBy: { id: "desc" } });
      ids.push(row.id);
    }
  });

  it("accepts the untouched chain", async () => {
    const report = await verifyAuditChain();
    expect(report).toMatchObject({ ok: true });
    expect(report.checked).toBeGreaterThanOrEqual(3);
  });

  it("reports a row whose details were changed, by its id", async () => {
    const target = await rowSql(ids[1]!);
    await raw(`UPDATE "AuditEvent" SET "details" = $1 WHERE "id" = $2`, ['{"n":99}', target.id]);
    try {
      const report = await verifyAuditChain();
      expect(report).toMatchObject({ ok: false, brokenId: target.id, problem: "changed" });
      if (!report.ok) expect(report.message).toContain(`#${target.id}`);
    } finally {
      await raw(`UPDATE "AuditEvent" SET "details" = $1 WHERE "id" = $2`, [target.details, target.id]);
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("reports a deleted row at the row that follows it", async () => {
    const target = await rowSql(ids[1]!);
    await raw(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [target.id]);
    try {
      const report = await verifyAuditChain();
      expect(report).toMatchObject({ ok: false, brokenId: ids[2], problem: "missing" });
    } finally {
      await reinsert(target);
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("reports a row rewritten with a recomputed hash of its own, at the next row", async () => {
    // a careful forger recomputes the changed row's hash; the link from the next row still breaks
    const target = await rowSql(ids[0]!);
    const { auditHash } = await import("./append-audit-event");
    const forged = auditHash({ ...target, at: new Date(String(target.at).match(/^\d+$/) ? Number(target.at) : String(target.at)), actorType: "system", details: '{"n":42}' });
    await raw(`UPDATE "AuditEvent" SET "details" = $1, "hash" = $2 WHERE "id" = $3`, ['{"n":42}', forged, target.id]);
    try {
      const report = await verifyAuditChain();
      expect(report).toMatchObject({ ok: false, brokenId: ids[1], problem: "missing" });
    } finally {
      await raw(`UPDATE "AuditEvent" SET "details" = $1, "hash" = $2 WHERE "id" = $3`, [target.details, target.hash, target.id]);
    }
  });

  it.each([
    ["an unkeyed SHA-256, as a log from before the key would be, but never sealed", null, "unsealed"],
    ["a key of the forger's own", Buffer.alloc(32, 7), "changed"],
  ])("reports a row rewritten and the rest of the chain recomputed with %s", async (_name, key, problem) => {
    // whoever can write the database rewrites a row and every hash after it; only the chain's key tells
    const originals = await Promise.all(ids.map((id) => rowSql(id)));
    let prevHash = originals[0]!.prevHash;
    for (const [i, original] of originals.entries()) {
      const row = { ...original, prevHash, details: i === 0 ? '{"n":7}' : original.details };
      row.hash = forgedHash(row, key);
      await raw(`UPDATE "AuditEvent" SET "details" = $1, "prevHash" = $2, "hash" = $3 WHERE "id" = $4`, [row.details, row.prevHash, row.hash, row.id]);
      prevHash = row.hash;
    }
    try {
      const report = await verifyAuditChain();
      expect(report).toMatchObject({ ok: false, brokenId: problem === "changed" ? ids[0] : ids[2], problem });
    } finally {
      for (const original of originals.toReversed()) {
        await raw(`UPDATE "AuditEvent" SET "details" = $1, "prevHash" = $2, "hash" = $3 WHERE "id" = $4`, [original.details, original.prevHash, original.hash, original.id]);
      }
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  describe("a log kept from before the chain was keyed", () => {
    const all = () => raw(`SELECT ${COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "AuditEvent" ORDER BY "id"`);
    /** Rewrites the chain from the first row as the old release wrote it: every row unkeyed, each linked to the one before. */
    async function unkeyed(rows: TRow[], details = (row: TRow) => row.details) {
      let prevHash = "0".repeat(64);
      for (const original of rows) {
        const row = { ...original, prevHash, details: details(original) };
        row.hash = forgedHash(row, null);
        await raw(`UPDATE "AuditEvent" SET "details" = $1, "prevHash" = $2, "hash" = $3 WHERE "id" = $4`, [row.details, row.prevHash, row.hash, row.id]);
        prevHash = row.hash;
      }
    }
    async function restore(rows: TRow[]) {
      await raw(`DELETE FROM "AuditEvent" WHERE "id" > $1`, [rows.at(-1)!.id]);
      for (const original of rows.toReversed()) {
        await raw(`UPDATE "AuditEvent" SET "details" = $1, "prevHash" = $2, "hash" = $3 WHERE "id" = $4`, [original.details, original.prevHash, original.hash, original.id]);
      }
    }
    const append = (n: number) => db.$transaction((tx) => appendAuditEvent(tx, { actorType: "system", action: "test.chain", targetType: "test", targetId: `after-${n}`, details: { n } }));

    it("is sealed once at start, and then verifies, its unkeyed rows named as the sealed prefix", async () => {
      const originals = await all();
      await unkeyed(originals);
      try {
        expect(await sealLegacyAuditChain()).toBe(originals.at(-1)!.id);
        expect(await sealLegacyAuditChain()).toBeNull(); // the next start finds it keyed
        await append(1);
        const seal = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.chain-keyed" } });
        expect(JSON.parse(seal.details)).toMatchObject({ legacyThroughId: originals.at(-1)!.id });
        expect(await verifyAuditChain()).toMatchObject({ ok: true, checked: originals.length + 2, legacyThroughId: originals.at(-1)!.id });
      } finally {
        await restore(originals);
      }
      expect(await verifyAuditChain()).toMatchObject({ ok: true, legacyThroughId: null });
    });

    it("reports a sealed row rewritten with every unkeyed hash after it recomputed: the seal names another hash", async () => {
      const originals = await all();
      await unkeyed(originals);
      try {
        await sealLegacyAuditChain();
        await unkeyed(originals, (row) => (row.id === ids[0] ? '{"n":7}' : row.details));
        expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenId: originals.at(-1)!.id, problem: "unsealed" });
      } finally {
        await restore(originals);
      }
    });

    it("takes an unkeyed row after a keyed one for a change", async () => {
      const originals = await all();
      await unkeyed(originals);
      try {
        await sealLegacyAuditChain();
        await append(2);
        const last = (await all()).at(-1)!;
        const forged = forgedHash({ ...last, details: '{"n":3}' }, null);
        await raw(`UPDATE "AuditEvent" SET "details" = $1, "hash" = $2 WHERE "id" = $3`, ['{"n":3}', forged, last.id]);
        expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenId: last.id, problem: "changed" });
      } finally {
        await restore(originals);
      }
    });
  });
});
