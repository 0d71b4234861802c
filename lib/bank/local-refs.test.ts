// The bank's references of Renkei's accounts in http mode (lib/bank/local-refs.ts), read on every resource API call:
// one institution's accounts only, an account with no reference left out, by the accounts' primary key.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { db } from "@/lib/db";
import { parseSettings } from "@/lib/institutions/settings";
import { hotQueries } from "@/lib/db/hot/hot-queries";
import { accountRefsSql } from "@/lib/db/hot/sql";
import { accountRefsOf } from "./local-refs";

beforeAll(() => ownDatabase({ seed: true }), 120_000);

async function institutionWithAccounts(slug: string) {
  const row = await db.institution.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true, settings: true } });
  const settings = parseSettings(row.settings);
  const http = { ...settings, core: { ...settings.core, mode: "http" as const, baseUrl: "http://127.0.0.1:9/bank" } };
  const accounts = await db.account.findMany({ where: { institutionId: row.id }, select: { id: true }, orderBy: { id: "asc" } });
  return { institution: { id: row.id, slug: row.slug, settings: http }, ids: accounts.map((a) => a.id) };
}

describe("accountRefsOf in http mode", () => {
  it("answers each referenced account of the institution, in the order asked; another institution's and an unreferenced one are left out", async () => {
    const [sakura, other] = await Promise.all([institutionWithAccounts("sakura"), institutionWithAccounts("minato")]);
    expect(sakura.ids.length).toBeGreaterThanOrEqual(2);
    const [first, second, unreferenced] = sakura.ids;
    await db.account.update({ where: { id: first }, data: { bankRef: "bank-ref-1" } });
    await db.account.update({ where: { id: second }, data: { bankRef: "bank-ref-2" } });
    if (unreferenced) await db.account.update({ where: { id: unreferenced }, data: { bankRef: null } });
    await db.account.update({ where: { id: other.ids[0] }, data: { bankRef: "bank-ref-other" } });

    const asked = [second, other.ids[0], first, ...(unreferenced ? [unreferenced] : []), "no-such-account"];
    expect(await accountRefsOf(sakura.institution, asked)).toEqual([{ id: second, ref: "bank-ref-2" }, { id: first, ref: "bank-ref-1" }]);
  });

  it("reads an account's reference once, and one not set yet again until it is; a kept one still answers only its institution", async () => {
    const [kita, sakura] = await Promise.all([institutionWithAccounts("kita"), institutionWithAccounts("sakura")]);
    expect(kita.ids.length).toBeGreaterThanOrEqual(2);
    const [a, b] = kita.ids;
    await db.account.update({ where: { id: a }, data: { bankRef: "kita-ref-a" } });
    await db.account.update({ where: { id: b }, data: { bankRef: null } });
    const reads = vi.spyOn(await hotQueries(), "accountRefs");
    try {
      expect(await accountRefsOf(kita.institution, [a, b])).toEqual([{ id: a, ref: "kita-ref-a" }]);
      expect(reads).toHaveBeenLastCalledWith([a, b]);
      expect(await accountRefsOf(kita.institution, [a])).toEqual([{ id: a, ref: "kita-ref-a" }]);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(await accountRefsOf(sakura.institution, [a])).toEqual([]);
      expect(reads).toHaveBeenCalledTimes(1);
      await db.account.update({ where: { id: b }, data: { bankRef: "kita-ref-b" } });
      expect(await accountRefsOf(kita.institution, [b, a])).toEqual([{ id: b, ref: "kita-ref-b" }, { id: a, ref: "kita-ref-a" }]);
      expect(reads).toHaveBeenCalledTimes(2);
      expect(reads).toHaveBeenLastCalledWith([b]);
    } finally {
      reads.mockRestore();
    }
  });

  it("finds the accounts by primary key, not by walking the institution's accounts", () => {
    const sqlite = new Database(process.env.DATABASE_URL!.slice("file:".length), { readonly: true });
    try {
      const text = accountRefsSql(`"id" IN (SELECT value FROM json_each(?))`);
      const detail = (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(JSON.stringify(["a", "b"])) as { detail: string }[]).map((r) => r.detail).join("\n");
      expect(detail).toMatch(/SEARCH Account USING INDEX sqlite_autoindex_Account_1 \(id=\?\)/);
      expect(detail).not.toMatch(/institutionId/);
    } finally {
      sqlite.close();
    }
  });
});
