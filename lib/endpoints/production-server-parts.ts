// What server.mjs takes from lib/ (bundled into one module by scripts/build-machine.mjs, since a plain
// Node file cannot import TypeScript): the trusted-header rebuild, the HSTS decision, the guard against
// paths Next cannot decode, the machine endpoints' lean path, and the demo-credential refusal that runs
// before any listener opens.
import type { IncomingMessage, ServerResponse } from "node:http";
import { MACHINE_SECURITY_HEADERS } from "@/lib/http/machine-security-headers";

export { sanitizeHeaders } from "@/lib/http/sanitize-headers";
export { cameOverTls, strictTransportSecurity } from "@/lib/http/strict-transport-security";
export { serveMachineRequest } from "./serve-machine-request";
export { MACHINE_ROUTES } from "./route-handlers";
export { refuseDemoCredentialsBeforeListening } from "@/lib/demo/refuse-demo-credentials-before-listening";
export { listenerLimits } from "@/lib/http/listener-limits";

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
