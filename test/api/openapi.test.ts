// The OpenAPI document is served, and real responses match its schemas (the same zod schemas it is
// generated from, strict: an undocumented field fails).
import { describe, expect, inject, it } from "vitest";
import { ZAccountsResponse, ZApiErrorResponse, ZBalancesResponse, ZTransactionsResponse } from "@/lib/api/schemas";
import { apiGet, seedGrant } from "./builders";

describe("OpenAPI 3.1 document", () => {
  it("is served and describes the resource and OAuth endpoints", async () => {
    const doc = await (await fetch(`${inject("baseUrl")}/docs/openapi.json`)).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/api/v1/accounts", "/api/v1/accounts/balances", "/api/v1/accounts/transactions", "/oauth/par", "/oauth/token", "/oauth/register", "/grants/{grantId}"]) expect(doc.paths[path], path).toBeDefined();
    expect(doc.components.schemas.BalancesResponse.properties.balances.items.required).toContain("previousMonthBalance");
  });

  it("matches what the API really answers", async () => {
    const grant = await seedGrant();
    ZAccountsResponse.parse(await (await apiGet(grant, "/accounts")).json());
    ZBalancesResponse.parse(await (await apiGet(grant, "/accounts/balances")).json());
    ZTransactionsResponse.parse(await (await apiGet(grant, `/accounts/transactions?accountId=${grant.accountIds[0]}&dateFrom=2026-01-01&dateTo=2026-06-30`)).json());
    ZApiErrorResponse.parse(await (await apiGet(grant, "/accounts/transactions")).json());
  });

  it("renders a readable page for aggregator engineers", async () => {
    const html = await (await fetch(`${inject("baseUrl")}/docs`)).text();
    expect(html).toContain("previousDayBalance");
    expect(html).toContain("invalid_next_item_key");
  });
});
