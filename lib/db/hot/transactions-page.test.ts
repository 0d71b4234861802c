// Paging cost stays flat as history grows: the page queries walk the index
// Transaction(accountId, transactionDate, id) from the cursor, with no table scan and no sort.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { TRANSACTIONS_FIRST_PAGE_SQL, TRANSACTIONS_NEXT_PAGE_SQL } from "./sql";

function plan(text: string, values: unknown[]): string {
  const sqlite = new Database(process.env.DATABASE_URL!.slice("file:".length), { readonly: true });
  try {
    const order: number[] = [];
    const statement = sqlite.prepare(`EXPLAIN QUERY PLAN ${text.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), "?"))}`);
    return (statement.all(...order.map((i) => values[i])) as { detail: string }[]).map((r) => r.detail).join("\n");
  } finally {
    sqlite.close();
  }
}

beforeAll(() => ownDatabase());

describe("transactions page query", () => {
  it.each([
    ["the first page", TRANSACTIONS_FIRST_PAGE_SQL, ["a", "2025-01-01", "2026-12-31", 501]],
    ["a page deep in the history", TRANSACTIONS_NEXT_PAGE_SQL, ["a", "2026-03-01", "2026-12-31", 501, "2026-03-01", 123_456]],
  ])("uses the keyset index for %s", (_name, text, values) => {
    const detail = plan(text, values);
    expect(detail).toMatch(/USING (COVERING )?INDEX Transaction_accountId_transactionDate_id_idx \(accountId=\? AND transactionDate>\? AND transactionDate<\?\)/);
    expect(detail).not.toMatch(/SCAN Transaction|TEMP B-TREE/);
  });
});
