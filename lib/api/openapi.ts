// The OpenAPI 3.1 document of the whole API — the resource endpoints and the OAuth endpoints
// (lib/api/openapi-oauth.ts) — built from the zod schemas the API, the registration endpoint and their
// tests use, so the document cannot drift from the requests and responses; with examples
// (lib/api/openapi-examples.ts) and every error code. Validated in lib/api/openapi.test.ts.
import { z } from "zod";
import { API_ERRORS } from "./api-errors";
import { API_ERROR_ACTIONS } from "./api-error-actions";
import { OAUTH_SCHEMAS, OAUTH_SECURITY_SCHEMES, oauthPaths } from "./openapi-oauth";
import * as ex from "./openapi-examples";
import { ZAccountsResponse, ZApiErrorResponse, ZBalancesResponse, ZOAuthError, ZTokenResponse, ZTransactionsResponse, ZUsageResponse } from "./schemas";

const schema = (s: z.ZodType) => {
  const out = z.toJSONSchema(s, { target: "draft-2020-12" }) as Record<string, unknown>;
  delete out.$schema;
  return out;
};
const json = (ref: string, description: string, example?: object) => ({
  description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` }, ...(example ? { example } : {}) } },
});
const RETRY_AFTER_HEADER = {
  description: "再試行までの秒数。金融機関の勘定系・IB システムまたはデータベースに一時的につながらない間（タイムアウト、障害、接続の遮断中）",
  schema: { type: "integer", minimum: 1 },
};
const RATE_LIMIT_RETRY_AFTER = { description: "再試行までの秒数（上限を超えた窓の終わりまで：1秒あたりの上限なら次の秒、1日あたりの上限なら日本時間の翌0時）", schema: { type: "integer", minimum: 1 } };
/** The IETF httpapi draft's fields (draft-ietf-httpapi-ratelimit-headers-10), on every answer once the client is known (lib/limits/rate-limit-headers.ts). */
export const RATE_LIMIT_HEADERS = {
  "RateLimit-Policy": {
    description: "この連携先に適用される上限（IETF draft-ietf-httpapi-ratelimit-headers）。\"burst\";q=5;w=1 は1秒あたり5回、\"daily\";q=1000;w=86400 はこの連携（grant）の1日あたり1000回（お客さま不在）、\"daily-present\" はお客さまがいる呼び出し（x-fapi-customer-ip-address あり）の1日あたりの回数、\"oauth\";q=N;w=60 はトークン・PAR エンドポイントの1分あたりの回数。上限のない連携先には付かない",
    schema: { type: "string" }, example: "\"burst\";q=5;w=1, \"daily\";q=1000;w=86400",
  },
  RateLimit: {
    description: "各上限の残り回数 r と、その窓が終わるまでの秒数 t",
    schema: { type: "string" }, example: "\"burst\";r=4;t=1, \"daily\";r=997;t=52310",
  },
};
const customerIpHeader = { name: "x-fapi-customer-ip-address", in: "header", required: false, schema: { type: "string" }, description: "お客さまがその場で操作しているときの、お客さまの IP アドレス（FAPI 1.0 Part 1）。付いた呼び出しは「お客さまがいる呼び出し」として、別の（より多い）1日あたりの上限で数えられる" };
const apiErrors = Object.fromEntries(
  [...new Set(Object.values(API_ERRORS).map((e) => e.status))].map((status) => {
    const codes = Object.entries(API_ERRORS).filter(([, e]) => e.status === status).map(([code]) => code as keyof typeof API_ERRORS);
    const response = json("ApiError", codes.map((c) => `${c}：${API_ERRORS[c].message}${API_ERROR_ACTIONS[c]}。`).join(" "), { errorCode: codes[0], errorMessage: API_ERRORS[codes[0]!].message });
    // RFC 9110 §10.2.3: how long to wait — while the bank's systems or the database cannot be reached (503), or until
    // the client's window of its limit ends (429, lib/limits/)
    if (status === 503) return [String(status), { ...response, headers: { "Retry-After": RETRY_AFTER_HEADER } }];
    if (status === 429) return [String(status), { ...response, headers: { "Retry-After": RATE_LIMIT_RETRY_AFTER, ...RATE_LIMIT_HEADERS } }];
    return [String(status), response];
  }),
);
const dpopHeader = { name: "DPoP", in: "header", required: false, schema: { type: "string" }, description: "このリクエスト用の新しい DPoP 証明（htm=GET、htu=クエリなしの URL、ath=アクセストークンの SHA-256）。Authorization: DPoP のときは必須" };
const resource = (summary: string, ref: string, scope: string | null, example: object, parameters: object[] = []) => ({
  get: {
    operationId: ref.replace(/Response$/, "").replace(/^./, (c) => c.toLowerCase()),
    summary, security: [{ dpop: scope ? [scope] : [] }, { bearer: scope ? [scope] : [] }], parameters: [dpopHeader, customerIpHeader, ...parameters],
    responses: { "200": { ...json(ref, "OK", example), headers: RATE_LIMIT_HEADERS }, ...apiErrors },
  },
});

/** What the API is, said once: the document's description, and the opening line of /docs itself. */
export function apiSummary(origin: string): string {
  return "金融機関ごとの口座情報API（残高照会・入出金明細照会）と、その認可サーバー（OAuth 2.0 / FAPI 2.0 Security Profile）。{institution} は金融機関の識別子。各金融機関がそれぞれ issuer（" + `${origin}/{institution}` + "）です。";
}

export function openApiDocument(origin: string, institutions: string[] = ["sakura", "minato", "kita"]) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Renkei 参照系API",
      version: "1.0.0",
      // the pointer to /docs is for a reader of the JSON; /docs opens with the summary alone
      description: `${apiSummary(origin)}手順とコピーして使える例は ${origin}/docs にあります。`,
    },
    servers: [{ url: `${origin}/{institution}`, description: "金融機関ごとの issuer", variables: { institution: { default: institutions[0] ?? "sakura", enum: institutions, description: "金融機関の識別子" } } }],
    tags: [{ name: "oauth", description: "認可サーバー" }, { name: "accounts", description: "参照系API" }],
    components: {
      securitySchemes: {
        dpop: { type: "http", scheme: "DPoP", description: "Authorization: DPoP <access_token> と、リクエストごとの DPoP ヘッダー（RFC 9449、ath 必須）" },
        bearer: { type: "http", scheme: "bearer", description: "Authorization: Bearer <access_token>（RFC 6750）：baseline のクライアントの、DPoP に拘束されていないトークンだけ。利用期限を過ぎると 401（errorMessage に期限の日付）" },
        ...OAUTH_SECURITY_SCHEMES,
      },
      schemas: {
        AccountsResponse: schema(ZAccountsResponse),
        BalancesResponse: schema(ZBalancesResponse),
        TransactionsResponse: schema(ZTransactionsResponse),
        ApiError: schema(ZApiErrorResponse),
        OAuthError: schema(ZOAuthError),
        TokenResponse: schema(ZTokenResponse),
        UsageResponse: schema(ZUsageResponse),
        ...OAUTH_SCHEMAS,
      },
    },
    paths: {
      "/api/v1/accounts": resource("口座一覧照会（balances または transactions）", "AccountsResponse", null, ex.accountsResponseExample),
      "/api/v1/accounts/balances": resource("残高照会（scope: balances）", "BalancesResponse", "balances", ex.balancesResponseExample, [
        { name: "accountId", in: "query", required: false, schema: { type: "string" }, description: "口座ID（省略時は連携中の全口座）" },
      ]),
      "/api/v1/accounts/transactions": resource("入出金明細照会（scope: transactions。取引日の古い順、1ページ500件まで）", "TransactionsResponse", "transactions", ex.transactionsResponseExample, [
        { name: "accountId", in: "query", required: true, schema: { type: "string" }, description: "口座ID（GET /accounts の accountId）" },
        { name: "dateFrom", in: "query", required: false, schema: { type: "string", format: "date" }, description: "照会開始日 YYYY-MM-DD（省略時は本日。dateTo のみ指定時はその日）" },
        { name: "dateTo", in: "query", required: false, schema: { type: "string", format: "date" }, description: "照会終了日 YYYY-MM-DD（省略時は本日）" },
        { name: "nextItemKey", in: "query", required: false, schema: { type: "string" }, description: "前ページの nextItemKey（同じ口座・期間でのみ有効）" },
      ]),
      "/api/v1/usage": {
        post: {
          operationId: "usage",
          summary: "利用状況（この連携先自身の、この金融機関での月間の呼び出し数。クライアント認証はトークンエンドポイントと同じ）",
          tags: ["accounts"],
          security: [{}, { tlsClientAuth: [] }, { clientSecretBasic: [] }],
          requestBody: {
            required: true,
            content: {
              "application/x-www-form-urlencoded": {
                schema: {
                  type: "object",
                  properties: {
                    month: { type: "string", pattern: "^\\d{4}-\\d{2}$", description: "対象月 YYYY-MM（省略時は今月、日本時間）" },
                    client_assertion_type: { type: "string", const: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", description: "private_key_jwt のとき" },
                    client_assertion: { type: "string", description: "登録した鍵で署名した JWT（RFC 7523）。aud は issuer" },
                  },
                },
              },
            },
          },
          responses: {
            "200": json("UsageResponse", "OK", { institution: "sakura", clientId: "rk_example", month: "2026-12", days: [{ operation: "balances", day: "2026-12-01", calls: 120, ok: 117, clientErrors: 1, serverErrors: 0, rateLimited: 2, customerPresent: 40, p95Ms: 15 }] }),
            "400": apiErrors["400"], "401": apiErrors["401"], "429": apiErrors["429"], "503": apiErrors["503"],
          },
        },
      },
      ...oauthPaths(origin),
    },
  };
}

export type TOpenApiDocument = ReturnType<typeof openApiDocument>;
