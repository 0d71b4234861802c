// The rules a URL Renkei will fetch must meet before any name is resolved (docs/security-habits.md, "requests the
// server makes"): https, or http on a loopback host where loopback is allowed (the demo only, lib/http/loopback-allowed.ts) (the rule of redirect URIs,
// docs/design.md §3); no user name or password in it; no fragment (RFC 8935 §2 and RFC 7591 §2 name plain URLs);
// an address written in the URL is checked at once (lib/http/outbound-address.ts).
import { isIP } from "node:net";
import { outboundAddressProblem } from "./outbound-address";
import { LOOPBACK_HOSTS, loopbackAllowed } from "./loopback-allowed";

export function outboundUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "is not a URL";
  }
  if (url.username || url.password) return "must not carry a user name or password";
  if (url.hash) return "must not have a fragment";
  const loopbackHost = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol === "http:" && !(loopbackHost && loopbackAllowed())) return "must be https (http only on a loopback host in the demo)";
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must be https";
  if (loopbackHost && !loopbackAllowed()) return "must not name a loopback host outside the demo";
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal)) {
    const problem = outboundAddressProblem(literal, { loopback: loopbackAllowed() });
    if (problem) return `must not name ${problem}`;
  }
  return null;
}
