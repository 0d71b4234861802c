// A request's id, for its log line and the X-Request-Id response header: the one a trusted proxy sent
// (lib/http/sanitize-headers.ts decides trust), when it is a plain token of at most 128 characters — so that
// the proxy's logs and ours name the same request — else a new UUID. A client's own X-Request-Id, not
// through a trusted proxy, is never believed: it could name another request's id in our logs.
import { randomUUID } from "node:crypto";

const PLAIN = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

export function requestIdFrom(proxied: string | string[] | undefined): string {
  return typeof proxied === "string" && PLAIN.test(proxied) ? proxied : randomUUID();
}
