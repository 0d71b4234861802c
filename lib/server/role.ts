// RENKEI_ROLE: what one server process serves (server.mjs), so that a bank can scale the machine traffic apart
// from the customers' screens.
//   all      (default) everything
//   machine  the machine routes of the one list (lib/routes/machine-routes.json: OAuth, Grant Management, the
//            API, the metadata) and the health routes, on the lean path; Next is never loaded; a screen is 404
//   portal   the screens (Next) and the health routes; the other machine routes are 404, so that a load
//            balancer that sends aggregator traffic to a portal pool shows up at once instead of working slowly
import type { TMachineRouteName } from "@/lib/routes/machine-routes";

export const ROLES = ["all", "machine", "portal"] as const;
export type TRole = (typeof ROLES)[number];

const HEALTH: readonly TMachineRouteName[] = ["healthz", "readyz"];

/** The role RENKEI_ROLE names, or an error that says what it may be. */
export function serverRole(value = process.env.RENKEI_ROLE): TRole {
  const role = value || "all";
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`RENKEI_ROLE must be one of ${ROLES.join(", ")} (got "${role}")`);
  return role as TRole;
}

/** Whether a process of this role answers the machine route (null: a screen's path). */
export function roleServesRoute(role: TRole, route: TMachineRouteName | null): boolean {
  if (route === null) return role !== "machine";
  return role !== "portal" || HEALTH.includes(route);
}
