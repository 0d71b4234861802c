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

export const ZAccountsResponse = z.strictObject({
  baseDate: DateString.describe("基準日（YYYY-MM-DD、日本時間）"),
  baseTime: TimeString.describe("基準時刻（HH:MM:SS+09:00）"),
  accounts: z.array(ZAccount).describe("お客さまがこの連携で許可した口座"),
});

export const ZBalance = z.strictObject({
  accountId: z.string().describe("口座ID（GET /accounts の accountId）"),
  accountTypeCode: z.string().describe("科目コード（01 普通預金、02 当座預金）"),
  accountTypeName: z.string().describe("科目名"),
  balance: Digits.describe("現在残高"),
  withdrawableAmount: Digits.describe("支払可能残高"),
  previousDayBalance: Digits.describe("前日最終残高"),
  previousMonthBalance: Digits.describe("前月末最終残高"),
  currencyCode: z.string().describe("通貨コード（JPY）"),
  currencyName: z.string().describe("通貨名（円）"),
  baseDate: DateString.describe("残高の基準日（YYYY-MM-DD、日本時間）"),
  baseTime: TimeString.describe("残高の基準時刻（HH:MM:SS+09:00）"),
});

export const ZBalancesResponse = z.strictObject({ balances: z.array(ZBalance).describe("口座ごとの残高（accountId を指定したときはその口座のみ）") });

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
  accountId: z.string().describe("照会した口座ID"),
  currencyCode: z.string().describe("通貨コード（JPY）"),
  currencyName: z.string().describe("通貨名（円）"),
  dateFrom: DateString.describe("照会期間の開始日"),
  dateTo: DateString.describe("照会期間の終了日"),
  baseDate: DateString.describe("基準日（YYYY-MM-DD、日本時間）"),
  baseTime: TimeString.describe("基準時刻（HH:MM:SS+09:00）"),
  hasNext: z.boolean().describe("続きの明細があるか"),
  nextItemKey: z.string().nullable().describe("次ページの取得キー（hasNext が true のとき）"),
  count: z.number().int().min(0).max(500).describe("このページの明細の件数（最大500）"),
  transactions: z.array(ZTransaction).max(500).describe("入出金明細（取引日の古い順）"),
});

export const ZApiErrorResponse = z.strictObject({
  errorCode: z.string().describe("エラーコード（下のエラー一覧）"),
  errorMessage: z.string().describe("エラーの内容（日本語）"),
});

export const ZOAuthError = z.object({
  error: z.string().describe("RFC 6749 §5.2 のエラーコード（下のエラー一覧）"),
  error_description: z.string().optional().describe("原因の説明（英語、開発者向け）"),
});

export const ZTokenResponse = z.object({
  access_token: z.string().describe("アクセストークン（DPoP 鍵に拘束。API に Authorization: DPoP で送る。baseline で DPoP なしのときは Bearer）"),
  token_type: z.enum(["DPoP", "Bearer"]).describe("DPoP（tls_client_auth で DPoP なしのとき、baseline で DPoP なしのときは Bearer）"),
  expires_in: z.number().int().describe("アクセストークンの有効秒数（数分。baseline は金融機関の設定、既定600）"),
  refresh_token: z.string().optional().describe("リフレッシュトークン（連携の有効期限まで。fapi2 はローテーションせず同じ DPoP 鍵で使う。baseline は更新のたびに新しいものが返り、送ったものは使用済み）"),
  scope: z.string().describe("お客さまが許可した業務（balances transactions）"),
  grant_id: z.string().describe("連携（grant）の ID（FAPI Grant Management の /grants/{grantId}）"),
});

/** POST /api/v1/usage: an aggregator's own usage at one institution for a month (lib/endpoints/api-endpoints.ts). */
export const ZUsageResponse = z.object({
  institution: z.string().describe("金融機関の識別子"),
  clientId: z.string().describe("認証したクライアントの client_id（自分の分だけ）"),
  month: z.string().regex(/^\d{4}-\d{2}$/).describe("対象月 YYYY-MM（日本時間）"),
  days: z.array(z.object({
    operation: z.string().describe("操作（accounts・balances・transactions・token・par・introspection・revocation・grants・usage …）"),
    day: DateString.describe("日付（日本時間）"),
    calls: z.number().int().describe("応答した呼び出しの数"),
    ok: z.number().int().describe("2xx の数"),
    clientErrors: z.number().int().describe("429 以外の 4xx の数"),
    serverErrors: z.number().int().describe("5xx の数"),
    rateLimited: z.number().int().describe("上限超過（429）の数"),
    customerPresent: z.number().int().describe("お客さまがいる呼び出し（x-fapi-customer-ip-address あり）の数"),
    p95Ms: z.number().int().describe("応答時間の95パーセンタイル（ミリ秒、ヒストグラムの区間の上限）"),
  })).describe("操作×日ごとの件数"),
});
