// The status a registered client starts with at an institution. A client registered through an initial
// access token bound to no aggregator (RENKEI_INITIAL_ACCESS_TOKEN: anyone holding it may name any new
// company) waits, outside the demo, until an operator of the institution has checked the company and
// enabled it; until then it runs no flow (PAR, authorization and token refuse a client that is not active,
// lib/oauth/client-authentication/authenticate-client.ts). The institution's settings.registration.unboundClients says otherwise
// where its operators chose; the demo (lib/config/demo-data-wanted.ts) enables such clients at once, since
// its test suites and the demo aggregator register through that token.
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import type { TRegistrationDoor } from "./registration-aggregator-problem";

export function registrationStatus(door: TRegistrationDoor, settings: Pick<TInstitutionSettings, "registration">, demo: boolean): "active" | "pending" {
  if (door.kind !== "token" || door.aggregator) return "active";
  return settings.registration.unboundClients ?? (demo ? "active" : "pending");
}
