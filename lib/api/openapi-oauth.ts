// The authorization server's part of the OpenAPI document (lib/api/openapi.ts): registration (RFC 7591
// with Renkei's fields), metadata (RFC 8414), PAR (RFC 9126), authorization, token, revocation (RFC 7009),
// introspection (RFC 7662) and Grant Management — each with its request body, its answers and examples.
// The registration body is ZClientMetadataSchema itself, so the document cannot drift from what the
// endpoint accepts; every field of it is described here (lib/api/openapi.test.ts fails on one that is not).
import { z } from "zod";
import { ZClientMetadataSchema } from "@/lib/oauth/registration/client-metadata";
import { OAUTH_ERROR_CODES } from "./oauth-error-codes";
import * as ex from "./openapi-examples";

type TSchema = { type?: string | string[]; description?: string; properties?: Record<string, TSchema>; [key: string]: unknown };

/** RFC 7591 §2 and Renkei's own fields (docs/design.md §3), in the words of /docs. */
export const REGISTRATION_FIELD_DESCRIPTIONS: Record<string, string> = {
  client_name: "サービス名。お客さまのアクセス許可の画面と連携サービスの確認・停止に表示されます（例：家計簿アプリ サンプル）",
  aggregator_name: "Renkei 独自。電子決済等代行業者としての会社名（例：株式会社サンプル）。アクセス許可の画面に表示されます",
  aggregator_registration_number: "Renkei 独自。電子決済等代行業者の登録番号（例：関東財務局長（電代）第77号）。アクセス許可の画面に表示されます",
  redirect_uris: "認可後に戻る URL（完全一致で照合）。https のみ（開発時のみ http://localhost 等も可）。フラグメント不可。20個まで",
  token_endpoint_auth_method: "クライアント認証方式：private_key_jwt（jwks か jwks_uri）または tls_client_auth（tls_client_auth_subject_dn）。security_profile が baseline のときは client_secret_basic・client_secret_post も可（秘密は応答で一度だけ返します）",
  security_profile: "Renkei 独自。接続方式：fapi2（既定、FAPI 2.0 Security Profile）または baseline（移行用。クエリパラメータの認可リクエスト・client secret・Bearer トークンとローテーションするリフレッシュトークン。必ず利用期限つき。金融機関が提供していなければ invalid_client_metadata）",
  jwks: "private_key_jwt の公開鍵（JWK Set）。公開鍵のみ（d を含めない）、kid を付ける。ES256・PS256・EdDSA。jwks_uri とどちらか一方",
  jwks_uri: "公開鍵を公開している https の URL。jwks とどちらか一方",
  event_delivery_uri: "連携の終了・有効期限の通知（Security Event Token、RFC 8417）を受け取る https の URL（RFC 8935 の push 配信、任意）。社内・プライベートアドレスは不可",
  tls_client_auth_subject_dn: "tls_client_auth で提示するクライアント証明書のサブジェクトDN（例：CN=app.example.jp,O=Sample Inc.,C=JP）",
  channels: "Renkei 独自。対象のインターネットバンキング：personal（個人、WEBバンキング）・corporate（法人、WEB-FB）。両方のときは PAR の channel で指定（省略時はお客さまが選びます）",
  scope: "求める業務：balances（残高照会）・transactions（入出金明細照会）。スペース区切り。省略時は両方",
  grant_types: "authorization_code と refresh_token（省略時は両方）",
  response_types: "code のみ（省略可）",
  service_description: "サービス内容（連携先一覧に載るときの説明）。200文字まで",
};

const registrationRequest = (() => {
  const schema = z.toJSONSchema(ZClientMetadataSchema, { target: "draft-2020-12", io: "input" }) as TSchema;
  delete schema.$schema;
  const properties = schema.properties ?? {};
  properties.jwks_uri = { type: "string", format: "uri", pattern: "^https://" };
  for (const [name, property] of Object.entries(properties)) property.description = REGISTRATION_FIELD_DESCRIPTIONS[name] ?? "";
  return { ...schema, description: "RFC 7591 §2 のクライアントメタデータと Renkei 独自の aggregator_name・aggregator_registration_number・channels" };
})();

const string = (description: string, extra: Record<string, unknown> = {}) => ({ type: "string", description, ...extra });
const assertion = {
  client_assertion_type: string("urn:ietf:params:oauth:client-assertion-type:jwt-bearer（private_key_jwt のとき）", { const: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" }),
  client_assertion: string("登録した鍵で署名した JWT（RFC 7523）。iss = sub = client_id、aud = issuer、jti は毎回新しく、exp は10分以内（private_key_jwt のとき）"),
};
const form = (properties: Record<string, object>, required: string[], examples: Record<string, { summary: string; value: object }>) => ({
  required: true,
  content: { "application/x-www-form-urlencoded": { schema: { type: "object", properties, required }, examples } },
});
const json = (ref: string, description: string, example?: object, headers?: object) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` }, ...(example ? { example } : {}) } },
});
const oauthError = (codes: string[]) => {
  const byStatus = new Map<string, string[]>();
  for (const code of codes) {
    const status = OAUTH_ERROR_CODES[code]!.status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries([...byStatus].map(([status, list]) => [status, json("OAuthError", `RFC 6749 §5.2 の形式：${list.join("、")}（/docs のエラー一覧）`, ex.oauthErrorExample)]));
};
/** Token and PAR over the client's per-minute limit (lib/limits/): RFC 6749's shape, 429 with Retry-After. */
const rateLimited = {
  "429": json("OAuthError", "temporarily_unavailable：このクライアントのトークン・PAR の1分あたりの上限を超えた。Retry-After の秒数のあとに再試行する", { error: "temporarily_unavailable", error_description: "rate limit exceeded (oauth); retry after 12 s" }, {
    "Retry-After": { description: "再試行までの秒数（1分の窓の終わりまで）", schema: { type: "integer", minimum: 1 } },
    "RateLimit-Policy": { description: "\"oauth\";q=N;w=60（IETF draft-ietf-httpapi-ratelimit-headers）", schema: { type: "string" } },
    RateLimit: { description: "\"oauth\";r=残り;t=窓の終わりまでの秒数", schema: { type: "string" } },
  }),
};
const nonceHeader = { "DPoP-Nonce": { description: "次の DPoP 証明に入れられる金融機関のナンス（RFC 9449 §8）", schema: { type: "string" } } };
const clientAuthSecurity = [{}, { tlsClientAuth: [] }, { clientSecretBasic: [] }];

export const OAUTH_SCHEMAS = {
  ClientRegistrationRequest: registrationRequest,
  ClientRegistrationResponse: {
    type: "object",
    description: "登録内容に client_id と client_id_issued_at を加えたもの（RFC 7591 §3.2.1）。client_secret は baseline の client_secret_basic・client_secret_post のときだけ、この応答で一度だけ返します",
    properties: {
      client_id: string("発行した client_id（rk_ で始まる）"),
      client_id_issued_at: { type: "integer", description: "発行日時（UNIX 秒）" },
      security_profile: string("fapi2 または baseline", { enum: ["fapi2", "baseline"] }),
      require_pushed_authorization_requests: { type: "boolean", description: "true：このクライアントの認可リクエストは PAR のみ（RFC 9126 §6。fapi2）" },
      security_profile_sunset_at: { type: "integer", description: "baseline の利用期限（この時刻から拒否。UNIX 秒）" },
      client_secret: string("baseline で秘密の方式のとき：256ビットの client_secret（この応答でだけ返します）"),
      client_secret_expires_at: { type: "integer", description: "client_secret の期限（= security_profile_sunset_at、UNIX 秒）" },
    },
    required: ["client_id", "client_id_issued_at"],
    additionalProperties: true,
  },
  ParResponse: {
    type: "object",
    properties: { request_uri: string("認可エンドポイントに渡す request_uri（1回限り）"), expires_in: { type: "integer", description: "request_uri の有効秒数（60）" } },
    required: ["request_uri", "expires_in"],
  },
  IntrospectionResponse: {
    type: "object",
    description: "有効なトークンのみ詳細を返します。それ以外（失効・期限切れ・他のクライアントのトークン）は {\"active\": false}",
    properties: {
      active: { type: "boolean", description: "トークンが有効か" },
      scope: string("許可された業務"), client_id: string("トークンを発行したクライアント"), token_type: string("DPoP・Bearer・refresh_token"),
      exp: { type: "integer", description: "有効期限（UNIX 秒）" }, iat: { type: "integer", description: "発行日時（UNIX 秒）" },
      sub: string("お客さまの識別子（この金融機関内で一意）"), iss: string("issuer"), grant_id: string("連携（grant）の ID"),
      cnf: { type: "object", description: "拘束先：jkt（DPoP 鍵のサムプリント）・x5t#S256（証明書のサムプリント）" },
    },
    required: ["active"],
  },
  GrantResponse: {
    type: "object",
    properties: {
      grant_id: string("連携（grant）の ID"), status: string("active・revoked・replaced・expired"),
      scopes: { type: "array", description: "許可された業務", items: { type: "object" } },
      authorization_details: { type: "array", description: "許可された口座（type: account_information）", items: { type: "object" } },
      created_at: { type: "integer", description: "許可した日時（UNIX 秒）" }, expires_at: { type: "integer", description: "有効期限（UNIX 秒）" },
    },
    required: ["grant_id", "status"],
  },
};

export const OAUTH_SECURITY_SCHEMES = {
  initialAccessToken: {
    type: "http", scheme: "bearer",
    description: "動的クライアント登録の初期アクセストークン（RFC 7591 §3）。金融機関の運用担当者が運用コンソール（/console/tokens）またはコマンド（npm run renkei -- iat create --institution {institution}）で発行し、アグリゲーターに渡します。1つの金融機関用か全金融機関用、有効期限つき、失効可能",
  },
  clientSecretBasic: {
    type: "http", scheme: "basic",
    description: "client_secret_basic（RFC 6749 §2.3.1）：baseline のクライアントだけ（client_secret_post はフォームの client_id と client_secret）",
  },
  tlsClientAuth: {
    type: "mutualTLS",
    description: "tls_client_auth（RFC 8705）：登録したサブジェクトDNのクライアント証明書を提示し、メタデータの mtls_endpoint_aliases（HTTPS リスナー）に送ります",
  },
};

export function oauthPaths(origin: string) {
  const token = form(
    { grant_type: string("authorization_code または refresh_token", { enum: ["authorization_code", "refresh_token"] }), code: string("redirect_uri に返った code（60秒・1回限り）"), redirect_uri: string("PAR と同じ redirect_uri"), code_verifier: string("PKCE の code_verifier（43〜128文字）"), refresh_token: string("リフレッシュトークン（refresh_token のとき）"), scope: string("refresh_token のとき、許可の範囲内で絞る（任意）"), ...assertion },
    ["grant_type"],
    { authorization_code: { summary: "認可コードをトークンに", value: ex.tokenCodeExample }, refresh_token: { summary: "アクセストークンの取り直し", value: ex.tokenRefreshExample } },
  );
  return {
    "/oauth/register": {
      post: {
        operationId: "registerClient",
        summary: "動的クライアント登録（RFC 7591、初期アクセストークン必須）",
        description: "金融機関から受け取った初期アクセストークンを Authorization: Bearer で送ります。登録しただけでは連携先一覧（/{institution}/partners）に載りません（金融機関が審査のうえ掲載します）。",
        security: [{ initialAccessToken: [] }],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/ClientRegistrationRequest" }, examples: { private_key_jwt: { summary: "private_key_jwt（鍵は自社の公開鍵に置き換え）", value: ex.registrationExample }, tls_client_auth: { summary: "tls_client_auth（証明書のサブジェクトDN）", value: ex.registrationTlsExample } } } },
        },
        responses: { "201": json("ClientRegistrationResponse", "登録しました", ex.registrationResponseExample), ...oauthError(["invalid_client_metadata", "invalid_redirect_uri", "invalid_token"]) },
      },
    },
    "/.well-known/oauth-authorization-server": {
      get: {
        operationId: "serverMetadata",
        summary: "認可サーバーメタデータ（RFC 8414）",
        description: `${origin}/.well-known/oauth-authorization-server/{institution} でも同じものを返します。エンドポイントの URL、mtls_endpoint_aliases、対応アルゴリズムはここから取得してください。`,
        security: [],
        responses: { "200": { description: "メタデータ（issuer、pushed_authorization_request_endpoint、token_endpoint、mtls_endpoint_aliases ほか）", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
    "/oauth/par": {
      post: {
        operationId: "pushAuthorizationRequest",
        summary: "Pushed Authorization Request（RFC 9126、必須）",
        description: "DPoP ヘッダー（htm=POST、htu=この URL）で認可コードを鍵に拘束します（dpop_jkt でも可）。応答の request_uri でお客さまを認可エンドポイントへ。",
        security: clientAuthSecurity,
        parameters: [{ name: "DPoP", in: "header", required: false, schema: { type: "string" }, description: "DPoP 証明（RFC 9449）。dpop_jkt を送らないときは必須" }],
        requestBody: form(
          { response_type: string("code", { const: "code" }), client_id: string("登録で受け取った client_id"), redirect_uri: string("登録済みの redirect_uri（完全一致）"), scope: string("balances transactions（どちらか一方でも可）"), state: string("CSRF 対策の値（任意、推奨）。redirect_uri にそのまま返ります"), code_challenge: string("PKCE：code_verifier の SHA-256 を base64url（43文字）"), code_challenge_method: string("S256", { const: "S256" }), dpop_jkt: string("DPoP 鍵の JWK サムプリント（任意、DPoP ヘッダーの代わり）"), channel: string("personal または corporate（任意。両方で登録したクライアントのみ）", { enum: ["personal", "corporate"] }), grant_management_action: string("replace で既存の連携を同じ grant_id のまま置き換え（任意）", { enum: ["create", "replace"] }), grant_id: string("replace のとき置き換える grant_id"), authorization_details: string("RFC 9396 の JSON 配列（type: account_information、任意）"), ...assertion },
          ["response_type", "client_id", "redirect_uri", "scope", "code_challenge", "code_challenge_method"],
          { private_key_jwt: { summary: "private_key_jwt と DPoP ヘッダー", value: ex.parExample } },
        ),
        responses: { "201": json("ParResponse", "受け付けました", ex.parResponseExample, nonceHeader), ...oauthError(["invalid_request", "invalid_client", "unauthorized_client", "invalid_scope", "invalid_dpop_proof", "use_dpop_nonce", "invalid_grant_id"]), ...rateLimited },
      },
    },
    "/oauth/authorize": {
      get: {
        operationId: "authorize",
        summary: "認可エンドポイント（client_id と request_uri。ブラウザで開く）",
        description: "お客さまが金融機関の画面で本人確認・同意し、redirect_uri?code&state&iss（RFC 9207：iss は issuer と一致を確認）に戻ります。キャンセル時は error=access_denied。request_uri が無効なときはリダイレクトせず、金融機関の画面（400）でお客さまに伝えます。baseline のクライアントは PAR の代わりに、PAR と同じパラメータ（response_type・redirect_uri・scope・state・code_challenge・code_challenge_method ほか）をクエリで送れます。client_id か redirect_uri が確認できないときは金融機関の画面（400）、それ以外の誤りは redirect_uri?error&error_description&state&iss に戻ります。",
        security: [],
        parameters: [
          { name: "client_id", in: "query", required: true, schema: { type: "string" }, description: "client_id" },
          { name: "request_uri", in: "query", required: false, schema: { type: "string" }, description: "PAR の応答の request_uri（fapi2 は必須。baseline はクエリパラメータの認可リクエストの代わりに使えます）" },
        ],
        responses: { "303": { description: "お客さまの本人確認の画面へ" }, "400": { description: "お手続きを開始できません（HTML、お客さま向け）" } },
      },
    },
    "/oauth/token": {
      post: {
        operationId: "token",
        summary: "トークンエンドポイント（authorization_code、refresh_token。fapi2 は DPoP 必須）",
        description: "fapi2：DPoP ヘッダー（PAR と同じ鍵）が必須です。アクセストークンは数分、リフレッシュトークンは連携の有効期限（90日）まで有効でローテーションしません。baseline：DPoP は任意（送らなければ Bearer トークン）。リフレッシュトークンは更新のたびに新しいものが返り、使用済みのものをもう一度送ると連携ごと取り消されます（RFC 9700 §4.14.2）。利用期限を過ぎた baseline のクライアントは unauthorized_client（error_description に期限の日付）。",
        security: clientAuthSecurity,
        parameters: [{ name: "DPoP", in: "header", required: false, schema: { type: "string" }, description: "DPoP 証明（RFC 9449、htm=POST、htu=この URL）。fapi2 のクライアントは必須" }],
        requestBody: token,
        responses: { "200": json("TokenResponse", "発行しました", ex.tokenResponseExample, nonceHeader), ...oauthError(["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope", "invalid_dpop_proof", "use_dpop_nonce"]), ...rateLimited },
      },
    },
    "/oauth/revoke": {
      post: {
        operationId: "revoke",
        summary: "トークン失効（RFC 7009。リフレッシュトークンの失効で連携全体を停止）",
        security: clientAuthSecurity,
        requestBody: form({ token: string("失効させるトークン"), token_type_hint: string("access_token または refresh_token（任意）", { enum: ["access_token", "refresh_token"] }), ...assertion }, ["token"], { refresh_token: { summary: "連携を停止する", value: ex.revokeExample } }),
        responses: { "200": { description: "失効しました（不明なトークンでも 200）" }, ...oauthError(["invalid_request", "invalid_client", "unsupported_token_type"]) },
      },
    },
    "/oauth/introspect": {
      post: {
        operationId: "introspect",
        summary: "トークンイントロスペクション（RFC 7662。自社のトークンのみ）",
        security: clientAuthSecurity,
        requestBody: form({ token: string("調べるトークン"), token_type_hint: string("access_token または refresh_token（任意）"), ...assertion }, ["token"], { access_token: { summary: "アクセストークン", value: ex.introspectExample } }),
        responses: { "200": json("IntrospectionResponse", "結果", ex.introspectResponseExample), ...oauthError(["invalid_request", "invalid_client"]) },
      },
    },
    "/grants/{grantId}": {
      parameters: [{ name: "grantId", in: "path", required: true, schema: { type: "string" }, description: "トークン応答の grant_id" }],
      get: {
        operationId: "queryGrant",
        summary: "連携（grant）の照会（FAPI Grant Management）",
        description: "自社のこの金融機関でのアクセストークン（DPoP）で呼びます。",
        security: [{ dpop: [] }],
        responses: { "200": json("GrantResponse", "連携の内容", ex.grantResponseExample), ...oauthError(["not_found"]) },
      },
      delete: {
        operationId: "deleteGrant",
        summary: "連携（grant）の解除",
        security: [{ dpop: [] }],
        responses: { "204": { description: "解除しました（トークンはすべて失効）" }, ...oauthError(["not_found"]) },
      },
    },
  };
}
