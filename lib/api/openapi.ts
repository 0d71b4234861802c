// The OpenAPI 3.1 document of the whole API — the resource endpoints and the OAuth endpoints — built
// from the zod schemas the API and its tests use, so the document cannot drift from the responses.
import { z } from "zod";
import { API_ERRORS } from "./errors";
import { ZAccountsResponse, ZApiErrorResponse, ZBalancesResponse, ZOAuthError, ZTokenResponse, ZTransactionsResponse } from "./schemas";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: "draft-2020-12" });
const json = (ref: string, description: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } });
const apiErrors = Object.fromEntries(
  [...new Set(Object.values(API_ERRORS).map((e) => e.status))].map((status) => [String(status), json("ApiError", Object.entries(API_ERRORS).filter(([, e]) => e.status === status).map(([code]) => code).join(", "))]),
);
const oauthErrors = { "400": json("OAuthError", "RFC 6749 §5.2"), "401": json("OAuthError", "invalid_client") };
const form = (properties: Record<string, string>, required: string[]) => ({
  required: true,
  content: { "application/x-www-form-urlencoded": { schema: { type: "object", properties: Object.fromEntries(Object.entries(properties).map(([k, d]) => [k, { type: "string", description: d }])), required } } },
});
const clientAuth = { client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: "private_key_jwt の署名付きJWT（aud = issuer）" };
const resource = (summary: string, ref: string, scope: string | null, parameters: object[] = []) => ({
  get: {
    summary, security: [{ dpop: scope ? [scope] : [] }], parameters,
    responses: { "200": json(ref, "OK"), ...apiErrors },
  },
});

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Renkei 参照系API",
      version: "1.0.0",
      description: "金融機関ごとの口座情報API（残高照会・入出金明細照会）と、その認可サーバー（OAuth 2.0 / FAPI 2.0 Security Profile）。{institution} は金融機関の識別子（sakura, minato, kita）。",
    },
    servers: [{ url: `${origin}/{institution}`, variables: { institution: { default: "sakura", enum: ["sakura", "minato", "kita"] } } }],
    components: {
      securitySchemes: {
        dpop: { type: "http", scheme: "DPoP", description: "Authorization: DPoP <access_token> と DPoP ヘッダー（RFC 9449、ath 必須）" },
      },
      schemas: {
        AccountsResponse: schema(ZAccountsResponse),
        BalancesResponse: schema(ZBalancesResponse),
        TransactionsResponse: schema(ZTransactionsResponse),
        ApiError: schema(ZApiErrorResponse),
        OAuthError: schema(ZOAuthError),
        TokenResponse: schema(ZTokenResponse),
      },
    },
    paths: {
      "/api/v1/accounts": resource("口座一覧照会（balances または transactions）", "AccountsResponse", null),
      "/api/v1/accounts/balances": resource("残高照会（scope: balances）", "BalancesResponse", "balances", [
        { name: "accountId", in: "query", required: false, schema: { type: "string" }, description: "省略時は連携中の全口座" },
      ]),
      "/api/v1/accounts/transactions": resource("入出金明細照会（scope: transactions）", "TransactionsResponse", "transactions", [
        { name: "accountId", in: "query", required: true, schema: { type: "string" } },
        { name: "dateFrom", in: "query", required: false, schema: { type: "string", format: "date" }, description: "省略時は本日（dateTo のみ指定時はその日）" },
        { name: "dateTo", in: "query", required: false, schema: { type: "string", format: "date" }, description: "省略時は本日" },
        { name: "nextItemKey", in: "query", required: false, schema: { type: "string" }, description: "前ページの nextItemKey（同じ口座・期間でのみ有効）" },
      ]),
      "/.well-known/oauth-authorization-server": { get: { summary: "認可サーバーメタデータ（RFC 8414）", responses: { "200": { description: "metadata" } } } },
      "/oauth/register": { post: { summary: "動的クライアント登録（RFC 7591、初回アクセストークン必須）", security: [{ initialAccessToken: [] }], responses: { "201": { description: "client_id と登録内容" }, ...oauthErrors } } },
      "/oauth/par": { post: { summary: "Pushed Authorization Request（RFC 9126、必須）", requestBody: form({ response_type: "code", redirect_uri: "登録済みと完全一致", scope: "balances transactions", code_challenge: "S256", code_challenge_method: "S256", state: "任意", dpop_jkt: "任意（DPoP ヘッダーでも可）", channel: "personal | corporate（任意）", ...clientAuth }, ["response_type", "redirect_uri", "scope", "code_challenge", "code_challenge_method"]), responses: { "201": { description: "request_uri, expires_in" }, ...oauthErrors } } },
      "/oauth/authorize": { get: { summary: "認可エンドポイント（client_id と request_uri のみ）", parameters: [{ name: "client_id", in: "query", required: true, schema: { type: "string" } }, { name: "request_uri", in: "query", required: true, schema: { type: "string" } }], responses: { "303": { description: "お客さまの同意画面へ。完了後 redirect_uri?code&state&iss（RFC 9207）、キャンセル時 error=access_denied" } } } },
      "/oauth/token": { post: { summary: "トークンエンドポイント（authorization_code, refresh_token。DPoP 必須）", requestBody: form({ grant_type: "authorization_code | refresh_token", code: "", redirect_uri: "", code_verifier: "", refresh_token: "", ...clientAuth }, ["grant_type"]), responses: { "200": json("TokenResponse", "OK（refresh_token はローテーションしない）"), ...oauthErrors } } },
      "/oauth/revoke": { post: { summary: "トークン失効（RFC 7009。refresh_token の失効で連携全体を停止）", responses: { "200": { description: "OK" }, ...oauthErrors } } },
      "/oauth/introspect": { post: { summary: "トークンイントロスペクション（RFC 7662）", responses: { "200": { description: "active ほか" }, ...oauthErrors } } },
      "/grants/{grantId}": {
        get: { summary: "連携（grant）の照会（FAPI Grant Management）", security: [{ dpop: [] }], parameters: [{ name: "grantId", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "grant" }, "404": json("OAuthError", "not_found") } },
        delete: { summary: "連携（grant）の解除", security: [{ dpop: [] }], parameters: [{ name: "grantId", in: "path", required: true, schema: { type: "string" } }], responses: { "204": { description: "解除しました" }, "404": json("OAuthError", "not_found") } },
      },
    },
  };
}
