// What server.mjs's listener does for every request on both mounts (the lean path and Next), right after the
// trusted headers are rebuilt: the request id goes back in X-Request-Id, and when the answer is done (or the
// connection closed before it) the request is counted in http_server_request_duration_seconds and logged in
// one JSON line — method, route template, status, duration, request id, institution. No header, query or
// body is read here: nothing a secret travels in reaches the log, so the line skips the redaction pass (accessLogger).
import type { IncomingMessage, ServerResponse } from "node:http";
import { accessLogger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { routeTemplate } from "@/lib/observability/route-template";
import { requestIdFrom } from "./request-id";
import { TRUSTED_HEADER } from "./trusted-headers";

/** OpenTelemetry's http.request.method: the known methods, anything else _OTHER (a client picks the method). */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]);

export function observeRequest(req: IncomingMessage, res: ServerResponse): void {
  const started = performance.now();
  const header = req.headers[TRUSTED_HEADER.requestId];
  const requestId = typeof header === "string" ? header : requestIdFrom(undefined);
  res.setHeader("X-Request-Id", requestId);
  res.once("close", () => {
    const seconds = (performance.now() - started) / 1000;
    const method = METHODS.has(req.method ?? "") ? req.method! : "_OTHER";
    const { route, institution } = routeTemplate(req.url ?? "/");
    const status = res.statusCode;
    metrics().httpDuration.observe({ http_route: route, http_request_method: method, http_response_status_code: status }, seconds);
    const line = {
      requestId, method, route, status, durationMs: Math.round(seconds * 100_000) / 100, institution,
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (status >= 500) accessLogger().warn(line, "request");
    else accessLogger().info(line, "request");
  });
}
