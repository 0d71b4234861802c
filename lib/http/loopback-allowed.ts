// Whether Renkei talks to loopback hosts: yes in development and tests (the demo aggregator, test
// receivers), no once RENKEI_PRODUCTION=1 (docs/design.md §3). One rule for redirect URIs
// (lib/oauth/client-metadata.ts) and for the URLs Renkei fetches (lib/http/outbound-fetch.ts).
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function loopbackAllowed(): boolean {
  return process.env.RENKEI_PRODUCTION !== "1";
}
