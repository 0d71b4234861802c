// How many registrations (RFC 7591 §3 requests that got past the initial access token) an hour, per token
// and per client address. A bound token registers its aggregator's few clients; the demo's token
// (RENKEI_INITIAL_ACCESS_TOKEN in the demo) serves the test suites, which register a few hundred clients
// an hour from one address — hence the headroom there. Outside the demo the environment's token is
// limited like any other.
export const REGISTRATION_WINDOW_MINUTES = 60;

export function registrationLimits(token: { fromEnvironment: boolean }, demo: boolean): { perToken: number; perAddress: number } {
  if (demo) return { perToken: token.fromEnvironment ? 5000 : 30, perAddress: 5000 };
  return { perToken: 30, perAddress: 60 };
}
