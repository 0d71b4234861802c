// The resource API's errors: one list of codes, one status per code, one JSON shape
// ({ errorCode, errorMessage }), documented in the OpenAPI document (lib/api/openapi.ts).
import { jsonResponse } from "@/lib/http/json-response";

export const API_ERRORS = {
  unauthorized: { status: 401, message: "アクセストークンが無効です。" },
  invalid_client: { status: 401, message: "クライアント認証に失敗しました。" },
  invalid_dpop_proof: { status: 401, message: "DPoP証明が無効です。" },
  insufficient_scope: { status: 403, message: "この照会は許可されていません。" },
  invalid_parameter: { status: 400, message: "パラメータが正しくありません。" },
  date_range_invalid: { status: 400, message: "照会期間の開始日が終了日より後になっています。" },
  date_range_too_long: { status: 400, message: "照会期間が長すぎます。" },
  invalid_next_item_key: { status: 400, message: "nextItemKeyが正しくありません。" },
  account_not_found: { status: 404, message: "口座が見つかりません。" },
  not_found: { status: 404, message: "見つかりません。" },
  method_not_allowed: { status: 405, message: "このメソッドは使用できません（使えるメソッドは Allow ヘッダーのとおりです）。" },
  rate_limited: { status: 429, message: "リクエストが多すぎます。Retry-After の秒数が過ぎてから再度お試しください。" },
  service_unavailable: { status: 503, message: "一時的にご利用いただけません。しばらくしてから再度お試しください。" },
  internal_error: { status: 500, message: "内部エラーが発生しました。" },
} as const;

export type TApiErrorCode = keyof typeof API_ERRORS;

export class ApiError extends Error {
  constructor(readonly code: TApiErrorCode, readonly detail?: string, readonly wwwAuthenticate?: string) {
    super(detail ?? API_ERRORS[code].message);
  }
}

export function apiErrorResponse(error: ApiError): Response {
  const { status, message } = API_ERRORS[error.code];
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (error.wwwAuthenticate) headers["www-authenticate"] = error.wwwAuthenticate;
  return jsonResponse({ errorCode: error.code, errorMessage: error.detail ? `${message}（${error.detail}）` : message }, { status, headers });
}
