// Paging cost stays flat as history grows: the page query walks the index
// Transaction(accountId, transactionDate, id) from the cursor, with no table scan and no sort.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { transactionsPageSql } from "./transactions-page-sql";

function plan(query: ReturnType<typeof transactionsPageSql>): string {
  const sqlite = new Database(process.env.DATABASE_URL!.slice("file:".length), { readonly: true });
  try {
    const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.values as unknown[])) as { detail: string }[];
    return rows.map((r) => r.detail).join("\n");
  } finally {
    sqlite.close();
  }
}


beforeAll(() => ownDatabase());

describe("transactions page query", () => {
  it.each([
    ["the first page", null],
    ["a page deep in the history", { date: "2026-03-01", id: 123_456 }],
  ])("uses the keyset index for %s", (_name, after) => {
    const detail = plan(transactionsPageSql({ accountId: "a", from: "2025-01-01", to: "2026-12-31", after, limit: 501 }));
    expect(detail).toMatch(/USING (COVERING )?INDEX Transaction_accountId_transactionDate_id_idx \(accountId=\? AND transactionDate>\? AND transactionDate<\?\)/);
    expect(detail).not.toMatch(/SCAN Transaction|TEMP B-TREE/);
  });
});
