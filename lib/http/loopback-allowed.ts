// Whether Renkei talks to loopback hosts: only in the demo — the same rule that decides the demo data
// (lib/config/demo-data-wanted.ts: the embedded SQLite default, or RENKEI_DEMO=1), where the demo aggregator
// and the test receivers live on this machine. Any other start (PostgreSQL, RENKEI_DEMO=0) refuses them:
// a loopback event_delivery_uri or jwks_uri would let a registrant make the server call its own host's
// services (docs/security-habits.md, "requests the server makes"). One rule for redirect URIs
// (lib/oauth/registration/client-metadata.ts), for registration (lib/http/outbound-url-problem.ts) and for every fetch,
// so a loopback target stored while the rule allowed it is refused at delivery (lib/http/resolve-outbound.ts).
import { demoDataWanted } from "@/lib/config/demo-data-wanted";

export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function loopbackAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return demoDataWanted(env);
}
