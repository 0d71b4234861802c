// A page-side answer while the database cannot be reached (lib/db/database-unavailable.ts): 503 with
// Retry-After (RFC 9110 §15.6.4) and a Japanese message, never a 500 or a stack trace.
import { RETRY_AFTER_SECONDS } from "@/lib/db/database-unavailable";

export function serviceUnavailableText(): Response {
  return new Response("ただいまご利用いただけません。しばらくしてから再度お試しください。\n", {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) },
  });
}
