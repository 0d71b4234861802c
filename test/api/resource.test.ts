// The account-information API against the running server: fields and types, scopes, isolation,
// paging without gaps or repeats, every bad parameter, and dead grants.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { apiGet, dpopProof, seedGrant, testKey } from "./builders";

const DIGITS = /^-?\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}:\d{2}\+09:00$/;

describe("GET /accounts", () => {
  it("lists exactly the grant's accounts with the documented fields", async () => {
    const grant = await seedGrant({ accountCount: 1 });
    const res = await apiGet(grant, "/accounts");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body.baseDate).toMatch(DATE);
    expect(body.baseTime).toMatch(TIME);
    expect(body.accounts).toHaveLength(1);
    expect(Object.keys(body.accounts[0]).sort()).toEqual(["accountId", "accountName", "accountNameKana", "accountNumber", "accountTypeCode", "accountTypeName", "branchCode", "branchName", "currencyCode", "currencyName"]);
    expect(body.accounts[0]).toMatchObject({ accountId: grant.accountIds[0], currencyCode: "JPY", currencyName: "円" });
  });
});

describe("GET /accounts/balances", () => {
  it("answers every field as digit strings and JST dates", async () => {
    const grant = await seedGrant();
    const body = await (await apiGet(grant, "/accounts/balances")).json();
    expect(body.balances).toHaveLength(grant.accountIds.length);
    for (const b of body.balances) {
      for (const field of ["balance", "withdrawableAmount", "previousDayBalance", "previousMonthBalance"]) expect(b[field]).toMatch(DIGITS);
      expect(b.baseDate).toMatch(DATE);
      expect(b.baseTime).toMatch(TIME);
      const account = await db.account.findUniqueOrThrow({ where: { id: b.accountId } });
      expect(b.balance).toBe(account.balance.toString());
    }
  });

  it("treats an account outside the grant exactly like one that does not exist", async () => {
    const grant = await seedGrant({ accountCount: 1 });
    const other = await (await apiGet(grant, `/accounts/balances?accountId=${grant.otherAccountIds[0]}`)).json();
    const missing = await (await apiGet(grant, "/accounts/balances?accountId=does-not-exist")).json();
    expect(other).toEqual(missing);
    expect(other.errorCode).toBe("account_not_found");
  });

  it("never shows user B's accounts to user A's token", async () => {
    const a = await seedGrant({ loginId: "1000000001" });
    const b = await seedGrant({ loginId: "1000000002" });
    const res = await apiGet(a, `/accounts/balances?accountId=${b.accountIds[0]}`);
    expect(res.status).toBe(404);
    // and a token of one institution is not valid at another
    const cross = await apiGet({ ...a, slug: "minato" }, "/accounts");
    expect(cross.status).toBe(401);
  });
});

describe("scopes", () => {
  it("needs balances for balances and transactions for transactions", async () => {
    const balancesOnly = await seedGrant({ scopes: "balances" });
    expect((await apiGet(balancesOnly, "/accounts")).status).toBe(200);
    expect((await apiGet(balancesOnly, "/accounts/balances")).status).toBe(200);
    const denied = await apiGet(balancesOnly, `/accounts/transactions?accountId=${balancesOnly.accountIds[0]}`);
    expect(denied.status).toBe(403);
    expect(denied.headers.get("www-authenticate")).toMatch(/error="insufficient_scope"/);
    expect((await denied.json()).errorCode).toBe("insufficient_scope");
  });
});

describe("GET /accounts/transactions", () => {
  it("pages through a long history oldest first with no gaps or repeats", async () => {
    const grant = await seedGrant({ accountCount: 1 });
    const accountId = grant.accountIds[0];
    const before = await db.transaction.count({ where: { accountId, transactionDate: { gte: "2020-01-01", lte: "2020-12-31" } } });
    const rows = Array.from({ length: 1_234 }, (_, i) => ({
      accountId, transactionDate: `2020-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, valueDate: "2020-01-01",
      transactionType: 1, amount: BigInt(i + 1), balance: BigInt(i + 1), remarks: `テスト${i}`,
    }));
    await db.transaction.createMany({ data: rows });
    const seen: string[] = [];
    let key: string | null = null;
    let pages = 0;
    do {
      const query: string = `/accounts/transactions?accountId=${accountId}&dateFrom=2020-01-01&dateTo=2020-12-31${key ? `&nextItemKey=${encodeURIComponent(key)}` : ""}`;
      const body: { count: number; transactions: { itemKey: string; transactionDate: string }[]; hasNext: boolean; nextItemKey: string | null } = await (await apiGet(grant, query)).json();
      expect(body.count).toBe(body.transactions.length);
      expect(body.count).toBeLessThanOrEqual(500);
      seen.push(...body.transactions.map((t: { itemKey: string }) => t.itemKey));
      const dates = body.transactions.map((t: { transactionDate: string }) => t.transactionDate);
      expect([...dates].sort()).toEqual(dates);
      key = body.hasNext ? body.nextItemKey : null;
      pages++;
    } while (key);
    expect(pages).toBe(3);
    expect(seen.length).toBe(1_234 + before);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("uses today (JST) without dates and answers the documented fields", async () => {
    const grant = await seedGrant();
    const body = await (await apiGet(grant, `/accounts/transactions?accountId=${grant.accountIds[0]}`)).json();
    expect(body.dateFrom).toBe(body.baseDate);
    expect(body.dateTo).toBe(body.baseDate);
    expect(body.count).toBeGreaterThan(0); // the seed puts a transaction on today's date
    const t = body.transactions[0];
    expect(Object.keys(t).sort()).toEqual(["amount", "balance", "itemKey", "remarks", "transactionDate", "transactionType", "valueDate"]);
    expect(["1", "2"]).toContain(t.transactionType);
    expect(t.amount).toMatch(DIGITS);
  });

  it.each([
    ["", "invalid_parameter"],
    ["accountId=%ACCOUNT%&dateFrom=2026-13-01", "invalid_parameter"],
    ["accountId=%ACCOUNT%&dateFrom=2026-02-30", "invalid_parameter"],
    ["accountId=%ACCOUNT%&dateTo=20260101", "invalid_parameter"],
    ["accountId=%ACCOUNT%&dateFrom=2026-05-02&dateTo=2026-05-01", "date_range_invalid"],
    ["accountId=%ACCOUNT%&dateFrom=2020-01-01&dateTo=2026-01-01", "date_range_too_long"],
    ["accountId=%ACCOUNT%&nextItemKey=forged.key", "invalid_next_item_key"],
    ["accountId=%ACCOUNT%&accountId=%ACCOUNT%", "invalid_parameter"],
    ["accountId=' OR 1=1 --", "account_not_found"],
  ])("?%s → %s", async (query, code) => {
    const grant = await seedGrant();
    const res = await apiGet(grant, `/accounts/transactions?${query.replaceAll("%ACCOUNT%", grant.accountIds[0])}`);
    expect(res.status).toBe(code === "account_not_found" ? 404 : 400);
    const body = await res.json();
    expect(body).toEqual({ errorCode: code, errorMessage: expect.any(String) });
  });

  it("refuses a nextItemKey made for another account or dates", async () => {
    const grant = await seedGrant();
    const first = await (await apiGet(grant, `/accounts/transactions?accountId=${grant.accountIds[0]}&dateFrom=2025-12-01&dateTo=2026-11-30`)).json();
    expect(first.transactions.length).toBeGreaterThan(0);
    const key = first.nextItemKey ?? "none";
    const res = await apiGet(grant, `/accounts/transactions?accountId=${grant.accountIds[1]}&dateFrom=2025-12-01&dateTo=2026-11-30&nextItemKey=${encodeURIComponent(key)}`);
    expect((await res.json()).errorCode).toBe("invalid_next_item_key");
  });
});

describe("tokens and grants", () => {
  it.each([
    ["revoked", { status: "revoked" }],
    ["expired", { expiresAt: new Date(Date.now() - 1000) }],
    ["replaced", { status: "replaced" }],
  ])("a %s grant stops working", async (_name, options) => {
    const grant = await seedGrant(options);
    const res = await apiGet(grant, "/accounts");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^DPoP .*error="invalid_token"/);
  });

  it("refuses a Bearer token, a missing proof, another key, and a replayed proof", async () => {
    const grant = await seedGrant();
    const url = `${inject("baseUrl")}/${grant.slug}/api/v1/accounts`;
    expect((await fetch(url, { headers: { authorization: `Bearer ${grant.token}` } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `DPoP ${grant.token}` } })).status).toBe(401);
    const other = await testKey();
    const wrongKey = await fetch(url, { headers: { authorization: `DPoP ${grant.token}`, dpop: await dpopProof(other, "GET", url, grant.token) } });
    expect((await wrongKey.json()).errorCode).toBe("unauthorized");
    const proof = await dpopProof(grant.key, "GET", url, grant.token);
    expect((await fetch(url, { headers: { authorization: `DPoP ${grant.token}`, dpop: proof } })).status).toBe(200);
    const replay = await fetch(url, { headers: { authorization: `DPoP ${grant.token}`, dpop: proof } });
    expect((await replay.json()).errorCode).toBe("invalid_dpop_proof");
    const noAuth = await fetch(url);
    expect(noAuth.status).toBe(401);
    expect(noAuth.headers.get("www-authenticate")).toMatch(/^DPoP/);
  });
});
