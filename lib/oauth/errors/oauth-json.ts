// A JSON answer of the authorization server (RFC 6749 §5.1: never cached).
import { jsonResponse } from "@/lib/http/json-response";

export const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

export function oauthJson(body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return jsonResponse(body, { status, headers: { ...NO_STORE, ...extra } });
}
