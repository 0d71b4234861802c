// Whether a path is a machine endpoint's (lib/routes/machine-routes.json), and the one reading of those
// patterns: `:name` is one path segment, everything else literal, matched exactly. proxy.ts uses it to
// leave those answers their own headers (lib/http/machine-security-headers.ts); the production server's
// lean path uses it to find the endpoint (lib/endpoints/route-handlers.ts). No server-only: the proxy
// imports it.
import { MACHINE_ROUTE_LIST } from "@/lib/routes/machine-routes";

export function compilePathPattern(pattern: string): { regex: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = pattern.split("/").map((part) => (part.startsWith(":") ? (keys.push(part.slice(1)), "([^/]+)") : part.replace(/\./g, "\\.")));
  return { regex: new RegExp(`^${source.join("/")}$`), keys };
}

const PATTERNS = MACHINE_ROUTE_LIST.map((route) => compilePathPattern(route.path).regex);

export function isMachinePath(pathname: string): boolean {
  return PATTERNS.some((regex) => regex.test(pathname));
}
