// What server.mjs takes from lib/ (bundled into one module by scripts/build-machine.mjs, since a plain
// Node file cannot import TypeScript): the trusted-header rebuild, the HSTS decision, the guard against
// paths Next cannot decode, the machine endpoints' lean path, the demo-credential refusal that runs
// before any listener opens, the role (lib/server/role.ts), the screens' answer while the database is down
// (lib/http/screen-outage-guard.ts), the parts of a graceful shutdown (draining, the background work's stop, the
// connections closed), and what watches it run: the request hook (request id, metrics, one log line per request),
// the process's logger and the metrics listener (lib/observability/).
import type { IncomingMessage, ServerResponse } from "node:http";
import { MACHINE_SECURITY_HEADERS } from "@/lib/http/machine-security-headers";
import { watchOutbox } from "@/lib/events/outbox-metrics";
import { startMetricsListener } from "@/lib/observability/metrics-listener";

export { sanitizeHeaders } from "@/lib/http/sanitize-headers";
export { cameOverTls, strictTransportSecurity } from "@/lib/http/strict-transport-security";
export { serveMachineRequest } from "./serve-machine-request";
export { MACHINE_ROUTES, machineRouteName } from "./route-handlers";
export { serverRole, roleServesRoute } from "@/lib/server/role";
export { guardScreenDuringOutage } from "@/lib/http/screen-outage-guard";
export { startBackgroundWork } from "@/lib/server/background-work";
export { closeConnections } from "@/lib/server/close-connections";
export { startDraining, runShutdownHooks } from "@/lib/process/lifecycle";
export { refuseDemoCredentialsBeforeListening } from "@/lib/demo/refuse-demo-credentials-before-listening";
export { listenerLimits } from "@/lib/http/listener-limits";
export { observeRequest } from "@/lib/http/observe-request";
export { logger, errorFields } from "@/lib/observability/logger";
export { sendConsoleToLog } from "@/lib/observability/console-to-log";

/** The metrics listener (RENKEI_METRICS_PORT), with the outbox's gauges read on each scrape. */
export async function startMetrics(): Promise<void> {
  watchOutbox();
  await startMetricsListener();
}

/**
 * A path whose percent-encoding is malformed (`/%E0%A4%A`) cannot name anything: answered 400 with the
 * security headers here, where Next would throw a 500 without them.
 */
export function refuseUndecodablePath(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  try {
    decodeURIComponent(query < 0 ? url : url.slice(0, query));
    return false;
  } catch {
    res.writeHead(400, { ...MACHINE_SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("URLが正しくありません。(malformed percent-encoding in the path)\n");
    return true;
  }
}

/** A path this process's role does not serve (lib/server/role.ts): 404, with the security headers, saying why. */
export function notServedByRole(role: string, res: ServerResponse): void {
  res.writeHead(404, { ...MACHINE_SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(`ページが見つかりません。(not served by a RENKEI_ROLE=${role} process)\n`);
}
