// Whether a path is a machine endpoint's (lib/endpoints/machine-paths.json), for proxy.ts: those answers
// carry the endpoints' own headers (lib/http/machine-security-headers.ts), not a page's policy. Matched
// exactly, as lib/endpoints/machine-routes.ts matches them. No server-only: the proxy imports it.
import MACHINE_PATHS from "./machine-paths.json";

const PATTERNS = MACHINE_PATHS.map(
  (pattern) => new RegExp(`^${pattern.split("/").map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/\./g, "\\."))).join("/")}$`),
);

export function isMachinePath(pathname: string): boolean {
  return PATTERNS.some((regex) => regex.test(pathname));
}
