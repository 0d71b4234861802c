// The API's responses as zod schemas: the single source for the OpenAPI document (lib/api/openapi.ts)
// and for the test that checks real responses against it (test/api/openapi.test.ts).
import { z } from "zod";

const Digits = z.string().regex(/^-?\d+$/).describe("金額（数字の文字列、負数は先頭に -）");
const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("YYYY-MM-DD（日本時間）");
const TimeString = z.string().regex(/^\d{2}:\d{2}:\d{2}\+09:00$/).describe("HH:MM:SS+09:00");

export const ZAccount = z.strictObject({
  accountId: z.string().describe("口座ID（この連携でのみ有効）"),
  branchCode: z.string().describe("支店番号"),
  branchName: z.string().describe("支店名"),
  accountTypeCode: z.string().describe("科目コード（01 普通預金、02 当座預金）"),
  accountTypeName: z.string().describe("科目名"),
  accountNumber: z.string().describe("口座番号"),
  accountName: z.string().describe("口座名義"),
  accountNameKana: z.string().describe("口座名義カナ"),
  currencyCode: z.string().describe("通貨コード"),
  currencyName: z.string().describe("通貨名"),
});

export const ZAccountsResponse = z.strictObject({ baseDate: DateString, baseTime: TimeString, accounts: z.array(ZAccount) });

export const ZBalance = z.strictObject({
  accountId: z.string(),
  accountTypeCode: z.string(),
  accountTypeName: z.string(),
  balance: Digits.describe("現在残高"),
  withdrawableAmount: Digits.describe("支払可能残高"),
  previousDayBalance: Digits.describe("前日最終残高"),
  previousMonthBalance: Digits.describe("前月末最終残高"),
  currencyCode: z.string(),
  currencyName: z.string(),
  baseDate: DateString,
  baseTime: TimeString,
});

export const ZBalancesResponse = z.strictObject({ balances: z.array(ZBalance) });

export const ZTransaction = z.strictObject({
  transactionDate: DateString.describe("取引日"),
  valueDate: DateString.describe("起算日"),
  transactionType: z.enum(["1", "2"]).describe("入払区分（1 入金、2 出金）"),
  amount: Digits.describe("取引金額"),
  remarks: z.string().describe("摘要"),
  balance: Digits.describe("取引後残高"),
  itemKey: z.string().describe("明細キー"),
});

export const ZTransactionsResponse = z.strictObject({
  accountId: z.string(),
  currencyCode: z.string(),
  currencyName: z.string(),
  dateFrom: DateString,
  dateTo: DateString,
  baseDate: DateString,
  baseTime: TimeString,
  hasNext: z.boolean().describe("続きの明細があるか"),
  nextItemKey: z.string().nullable().describe("次ページの取得キー（hasNext が true のとき）"),
  count: z.number().int().min(0).max(500),
  transactions: z.array(ZTransaction).max(500),
});

export const ZApiErrorResponse = z.strictObject({ errorCode: z.string(), errorMessage: z.string() });

export const ZOAuthError = z.object({ error: z.string(), error_description: z.string().optional() });

export const ZTokenResponse = z.object({
  access_token: z.string(),
  token_type: z.enum(["DPoP", "Bearer"]),
  expires_in: z.number().int(),
  refresh_token: z.string().optional(),
  scope: z.string(),
  grant_id: z.string(),
});
