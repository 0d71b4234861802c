// Which Web handler answers each machine route of the one list (lib/routes/machine-routes.json), on both
// mounts: the production server's lean path (lib/endpoints/serve-machine-request.ts) matches a path here,
// and each generated Next route file (lib/endpoints/next-mount.ts) names its route. Paths are matched
// exactly; anything else (a trailing slash, another case) goes on to Next.
import "server-only";
import { MACHINE_ROUTE_LIST, type TMachineRouteName } from "@/lib/routes/machine-routes";
import { accountsEndpoint, balancesEndpoint, transactionsEndpoint, usageEndpoint } from "./api-endpoints";
import type { TMachineEndpoint, TRouteParams } from "./define-endpoint";
import { healthzEndpoint, readyzEndpoint } from "./health-endpoints";
import { compilePathPattern } from "./is-machine-path";
import {
  grantEndpoint, introspectionEndpoint, jwksEndpoint, metadataEndpoint, parEndpoint, registrationEndpoint, revocationEndpoint, tokenEndpoint,
} from "./oauth-endpoints";

/** Every name of the list has its handler: a route added to the list without one does not compile. */
const ENDPOINTS: Record<TMachineRouteName, TMachineEndpoint> = {
  par: parEndpoint,
  token: tokenEndpoint,
  revocation: revocationEndpoint,
  introspection: introspectionEndpoint,
  registration: registrationEndpoint,
  jwks: jwksEndpoint,
  grants: grantEndpoint,
  accounts: accountsEndpoint,
  balances: balancesEndpoint,
  transactions: transactionsEndpoint,
  usage: usageEndpoint,
  metadata: metadataEndpoint,
  metadataUnderIssuer: metadataEndpoint,
  healthz: healthzEndpoint,
  readyz: readyzEndpoint,
};

/** A route's operation in usage (the CSV's operation column): its name, the two metadata routes as one. */
export function usageOperation(name: TMachineRouteName): string {
  return name === "metadataUnderIssuer" ? "metadata" : name;
}

export function machineEndpoint(name: TMachineRouteName): TMachineEndpoint {
  return ENDPOINTS[name];
}

/** [path pattern with :params, endpoint], in the list's order. */
export const MACHINE_ROUTES: readonly [string, TMachineEndpoint][] = MACHINE_ROUTE_LIST.map((route) => [route.path, ENDPOINTS[route.name]]);

const compiled = MACHINE_ROUTE_LIST.map((route) => ({ ...compilePathPattern(route.path), endpoint: ENDPOINTS[route.name], operation: usageOperation(route.name) }));

/** The name of the machine route a request's path (and query) names, or null: a screen's. */
export function machineRouteName(url: string): TMachineRouteName | null {
  const query = url.indexOf("?");
  const pathname = query < 0 ? url : url.slice(0, query);
  const index = compiled.findIndex((route) => route.regex.test(pathname));
  return index < 0 ? null : MACHINE_ROUTE_LIST[index].name;
}

/** The endpoint a path names, its decoded parameters and its operation in usage, or null (then Next answers). */
export function matchMachineRoute(pathname: string): { endpoint: TMachineEndpoint; params: TRouteParams; operation: string } | null {
  for (const route of compiled) {
    const match = route.regex.exec(pathname);
    if (!match) continue;
    const params: TRouteParams = {};
    try {
      route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1])));
    } catch {
      return null; // a malformed escape: Next's answer (the server refuses such paths before either)
    }
    return { endpoint: route.endpoint, params, operation: route.operation };
  }
  return null;
}
