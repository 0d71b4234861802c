// One operation of Renkei's bank protocol (docs/connecting-your-bank.md): JSON over HTTPS, Renkei the
// client, the bank's gateway (or the reference simulator, scripts/core-sim.ts) the server. Each operation
// is one file of this folder: its path, method, request and answer schemas and the errors it may answer.
// Every 4xx answer is a domain answer in the body { error, message } (ZWireError); 5xx, timeouts and
// network errors mean the bank is unavailable (Renkei answers 503 and retries reads once).
import { z } from "zod";

/** The domain errors of the protocol, each with the HTTP status it is answered with. */
export const WIRE_ERRORS = {
  invalid_request: 400,
  invalid_credentials: 401,
  otp_mismatch: 401,
  answer_mismatch: 401,
  pin_mismatch: 401,
  not_found: 404,
  locked: 423,
} as const;
export type TWireErrorCode = keyof typeof WIRE_ERRORS;

export const ZWireError = z.object({
  error: z.enum(Object.keys(WIRE_ERRORS) as [TWireErrorCode, ...TWireErrorCode[]]).describe(
    "invalid_request: the body or a path parameter is malformed; invalid_credentials: unknown ID or wrong password (never say which); "
    + "otp_mismatch / answer_mismatch / pin_mismatch: a wrong one-time password, 追加認証 answer or 照会用暗証番号; "
    + "not_found: the customer or account is unknown; locked: the bank has locked this secret (Renkei shows its lockout page)",
  ),
  message: z.string().max(500).optional().describe("for the integrator's logs; never shown to the customer, never a secret"),
}).describe("Every 4xx answer of the protocol").meta({ examples: [{ error: "pin_mismatch", message: "照会用暗証番号が一致しません" }] });
export type TWireError = z.infer<typeof ZWireError>;

export type TWireOperation<TRequest extends z.ZodType = z.ZodType, TAnswer extends z.ZodType = z.ZodType> = {
  /** the operation's name (OpenAPI operationId, the transport's metrics and logs) */
  operation: string;
  method: "GET" | "POST";
  /** under the institution's base URL; {name} is a path parameter (a bank reference, URL-encoded) */
  path: string;
  summary: string;
  /** safe to send twice: reads are retried once by Renkei's transport; checks of a secret never are */
  idempotent: boolean;
  /** the JSON body (POST) — null for GET */
  request: TRequest | null;
  /** the 200 answer's body */
  answer: TAnswer;
  /** the domain errors this operation may answer */
  errors: TWireErrorCode[];
};

export function wireOperation<TRequest extends z.ZodType, TAnswer extends z.ZodType>(op: TWireOperation<TRequest, TAnswer>) {
  return op;
}

/** The path with its parameters filled in (each URL-encoded). */
export function wirePath(op: { path: string }, params: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`path parameter ${name} missing`);
    return encodeURIComponent(value);
  });
}

// ── shared fields ──

export const ZRef = z.string().min(1).max(128).regex(/^[\x21-\x7e]+$/);
export const ZCustomerRef = ZRef.describe("The bank's stable reference of a customer (an IB user); opaque to Renkei, printable ASCII").meta({ examples: ["cus_8f2a91"] });
export const ZAccountRef = ZRef.describe("The bank's stable reference of an account; opaque to Renkei, printable ASCII").meta({ examples: ["acc_11b7c0"] });
export const ZChannel = z.enum(["personal", "corporate"]).describe("personal: 個人インターネットバンキング; corporate: 法人インターネットバンキング (WEB-FB)");
export const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("A calendar date in Japan (JST), YYYY-MM-DD").meta({ examples: ["2026-12-01"] });
export const ZMoney = z.string().regex(/^-?(0|[1-9]\d{0,17})$/).describe("Yen, a decimal integer as text (a corporate balance passes 2^53)").meta({ examples: ["1523400"] });
export const ZSecret = (what: string, max: number) => z.string().min(1).max(max).describe(`${what}, as the customer typed it (Renkei never stores or logs it)`);

export const ZCustomer = z.object({
  customerRef: ZCustomerRef,
  loginId: z.string().min(1).max(64).describe("what the customer types to log in (契約者ID, 利用者ID, お客様ID or ログインID); shown after a certificate login"),
  displayName: z.string().min(1).max(200).describe("the customer's name as the bank shows it"),
  contractRef: ZRef.describe("the bank's reference of the customer's contract (契約者ID); a corporate contract has several users"),
  contractName: z.string().min(1).max(200).describe("the contract holder's name"),
}).describe("A customer as the bank names it").meta({
  examples: [{ customerRef: "cus_8f2a91", loginId: "10000001", displayName: "山田 太郎", contractRef: "10000001", contractName: "山田 太郎" }],
});

export const ZAccount = z.object({
  accountRef: ZAccountRef,
  branchCode: z.string().regex(/^\d{3}$/).describe("支店番号"),
  branchName: z.string().min(1).max(100).describe("支店名"),
  accountTypeCode: z.string().regex(/^\d{2}$/).describe("科目コード: 01 普通, 02 当座 …"),
  accountTypeName: z.string().min(1).max(50).describe("科目名: 普通預金, 当座預金 …"),
  accountNumber: z.string().regex(/^\d{7}$/).describe("口座番号"),
  accountName: z.string().max(200).describe("口座名義"),
  accountNameKana: z.string().max(200).describe("口座名義カナ"),
  currencyCode: z.string().regex(/^[A-Z]{3}$/).describe("ISO 4217"),
  currencyName: z.string().min(1).max(20).describe("通貨名"),
}).describe("An account").meta({
  examples: [{
    accountRef: "acc_11b7c0", branchCode: "001", branchName: "本店営業部", accountTypeCode: "01", accountTypeName: "普通預金", accountNumber: "1234567",
    accountName: "山田 太郎", accountNameKana: "ﾔﾏﾀﾞ ﾀﾛｳ", currencyCode: "JPY", currencyName: "円",
  }],
});

export const ZCustomerAccount = ZAccount.extend({
  memo: z.string().max(100).describe("口座メモ, the customer's own note on the account (may be empty)"),
}).describe("An account as the customer's screens show it");

export const ZCheckAnswer = z.object({ result: z.literal("ok").describe("the secret is right") })
  .describe("A right secret").meta({ examples: [{ result: "ok" }] });
