// What an aggregator does about each of the resource API's errorCodes (lib/api/api-errors.ts), for /docs and
// the OpenAPI document. Typed by the code list, so a new code without advice does not compile.
import type { TApiErrorCode } from "./api-errors";

export const API_ERROR_ACTIONS: Record<TApiErrorCode, string> = {
  unauthorized: "アクセストークンが期限切れ・失効済み、または Authorization: DPoP でない。リフレッシュトークンで取り直す。連携が停止されていればお客さまに再連携を案内する",
  invalid_client: "利用状況（POST /api/v1/usage）のクライアント認証に失敗した。トークンエンドポイントと同じ方法で認証する（private_key_jwt なら aud は issuer、新しい jti）。銀行が連携先を停止していればこの応答になる",
  invalid_dpop_proof: "リクエストごとに新しい DPoP 証明を作る（htm・htu・ath・iat、トークンと同じ鍵）",
  insufficient_scope: "お客さまが許可していない業務。残高照会は balances、入出金明細照会は transactions の許可が必要",
  invalid_parameter: "errorMessage の項目を直す（日付は YYYY-MM-DD、同じパラメータは1回だけ）",
  date_range_invalid: "dateFrom を dateTo 以前にする",
  date_range_too_long: "照会期間を短くして分けて照会する",
  invalid_next_item_key: "前のページと同じ accountId・dateFrom・dateTo で、その応答の nextItemKey を送る",
  account_not_found: "GET /accounts で返った accountId を使う（この連携で許可された口座のみ）",
  not_found: "URL（金融機関の識別子とパス）を確認する",
  method_not_allowed: "Allow ヘッダーのメソッドで呼ぶ（照会は GET、利用状況は POST）",
  rate_limited: "この連携先の上限（1秒あたり・連携ごとの1日あたりの呼び出し回数）を超えた。Retry-After の秒数のあとに再試行する。RateLimit / RateLimit-Policy ヘッダーで残り回数を見て間隔を空ける",
  service_unavailable: "金融機関側の一時的な障害（勘定系・IB システムの応答なし・遅延・エラー、またはデータベース）。Retry-After の秒数のあとに再試行する。アクセストークンはそのまま使える",
  internal_error: "時間をおいて再試行する",
};
