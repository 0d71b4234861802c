// The security headers of every machine endpoint's answer (OAuth, Grant Management, the API): JSON for
// programs, never a page, so nothing may run or be framed. Set by the endpoint itself
// (lib/endpoints/define-endpoint.ts), so both mounts — the Next route and the production server's lean
// path — answer with exactly these. They replace, name for name, the page headers of next.config.js.
export const MACHINE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "cross-origin-opener-policy": "same-origin",
};

export function withMachineSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(MACHINE_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
