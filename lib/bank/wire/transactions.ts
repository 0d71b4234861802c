// POST /v1/accounts/{accountRef}/transactions — one page of 入出金明細, keyset paged.
import { z } from "zod";
import { ZDate, ZMoney, wireOperation } from "./wire-operation";

export const ZItemKey = z.string().min(1).max(64).regex(/^[\x21-\x7e]+$/)
  .describe("The bank's key of a line, unique within the account: lines are ordered by (transactionDate, itemKey), itemKey compared as the bank orders it")
  .meta({ examples: ["20261201-000123"] });

export const ZTransaction = z.object({
  itemKey: ZItemKey,
  transactionDate: ZDate.describe("取引日"),
  valueDate: ZDate.describe("起算日"),
  transactionType: z.union([z.literal(1), z.literal(2)]).describe("1 入金, 2 出金"),
  amount: ZMoney.describe("取引金額 (positive)"),
  balance: ZMoney.describe("取引後残高"),
  remarks: z.string().max(200).describe("摘要"),
});

export const transactionsOperation = wireOperation({
  operation: "transactions",
  method: "POST",
  path: "/v1/accounts/{accountRef}/transactions",
  summary: "Answers at most `limit` lines of the account between dateFrom and dateTo (inclusive), oldest first, after the line `after` names. "
    + "Keyset paging: a line arriving meanwhile never shifts a later page. A read: POST only to carry the query.",
  idempotent: true,
  request: z.object({
    dateFrom: ZDate,
    dateTo: ZDate,
    after: z.object({ transactionDate: ZDate, itemKey: ZItemKey }).nullable().describe("the last line of the previous page; null for the first page"),
    limit: z.number().int().min(1).max(1000),
  }).meta({ examples: [{ dateFrom: "2026-11-01", dateTo: "2026-11-30", after: null, limit: 501 }] }),
  answer: z.object({
    currencyCode: z.string().regex(/^[A-Z]{3}$/),
    currencyName: z.string().min(1).max(20),
    transactions: z.array(ZTransaction),
  }).meta({
    examples: [{
      currencyCode: "JPY", currencyName: "円",
      transactions: [{ itemKey: "20261201-000123", transactionDate: "2026-12-01", valueDate: "2026-12-01", transactionType: 1, amount: "50000", balance: "1523400", remarks: "振込 ヤマダ タロウ" }],
    }],
  }),
  errors: ["invalid_request", "not_found"],
});
