// The security headers of every machine endpoint's answer (OAuth, Grant Management, the API): JSON for
// programs, never a page, so nothing may run or be framed. Set by the endpoint itself
// (lib/endpoints/define-endpoint.ts), so both mounts — the Next route and the production server's lean
// path — answer with exactly these. They replace, name for name, the page headers of next.config.js.
// The values are those of lib/http/security-headers.mjs, the one definition for every server.
import { machineSecurityHeaders } from "./security-headers.mjs";

export const MACHINE_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze(machineSecurityHeaders());

export function withMachineSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(MACHINE_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
