// HSTS (RFC 6797) on every answer that went over TLS — the HTTPS listener's, or a trusted proxy's that
// terminated TLS (lib/http/sanitize-headers.ts marks both). It covers the whole host, every port: a year
// on a loopback host would force the demo's plain http://localhost:3000 onto https in a developer's
// browser after one certificate login, so a day there and a year on a real host.
import { LOOPBACK_HOSTS } from "./loopback-allowed";
import { TRUSTED_HEADER } from "./trusted-headers";

export function strictTransportSecurity(env: Record<string, string | undefined> = process.env): string {
  let host = "localhost";
  try {
    host = new URL(env.RENKEI_TLS_ORIGIN || env.RENKEI_ORIGIN || "https://localhost").hostname;
  } catch {
    // a malformed origin: the cautious loopback value
  }
  return LOOPBACK_HOSTS.has(host) ? "max-age=86400" : "max-age=31536000; includeSubDomains";
}

export function cameOverTls(headers: Record<string, string | string[] | undefined>): boolean {
  return headers[TRUSTED_HEADER.tls] === "1";
}
