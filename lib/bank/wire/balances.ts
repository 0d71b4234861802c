// POST /v1/accounts/balances — 残高: current, withdrawable, previous day's, previous month's.
import { z } from "zod";
import { ZAccountRef, ZDate, ZMoney, wireOperation } from "./wire-operation";

export const ZBalance = z.object({
  accountRef: ZAccountRef,
  accountTypeCode: z.string().regex(/^\d{2}$/).describe("科目コード"),
  accountTypeName: z.string().min(1).max(50).describe("科目名"),
  currencyCode: z.string().regex(/^[A-Z]{3}$/),
  currencyName: z.string().min(1).max(20),
  balance: ZMoney.describe("現在残高"),
  withdrawableAmount: ZMoney.describe("支払可能残高"),
  previousDayBalance: ZMoney.describe("前日最終残高: at the end of the day before baseDate"),
  previousMonthBalance: ZMoney.describe("前月最終残高: at the end of the month before baseDate's"),
}).meta({
  examples: [{
    accountRef: "acc_11b7c0", accountTypeCode: "01", accountTypeName: "普通預金", currencyCode: "JPY", currencyName: "円",
    balance: "1523400", withdrawableAmount: "1523400", previousDayBalance: "1500000", previousMonthBalance: "1200000",
  }],
});

export const balancesOperation = wireOperation({
  operation: "balances",
  method: "POST",
  path: "/v1/accounts/balances",
  summary: "Answers the balances of these accounts as of baseDate (JST); an unknown reference is left out. A read: POST only to carry the list.",
  idempotent: true,
  request: z.object({ accountRefs: z.array(ZAccountRef).min(1).max(100), baseDate: ZDate.describe("today in Japan, as Renkei's API reports it") })
    .meta({ examples: [{ accountRefs: ["acc_11b7c0"], baseDate: "2026-12-06" }] }),
  answer: z.object({ balances: z.array(ZBalance) }),
  errors: ["invalid_request"],
});
