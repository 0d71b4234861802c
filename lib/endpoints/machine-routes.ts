// Where each machine endpoint listens: the paths of lib/endpoints/machine-paths.json, which are also their
// Next route files under app/ — so the production server can answer them ahead of Next
// (lib/endpoints/serve-machine-request.ts) while `next dev` and any plain Next deployment answer them
// through the route files — and which next.config.js leaves to the endpoints' own headers. Paths are
// matched exactly; anything else (a trailing slash, another case) goes on to Next.
import "server-only";
import { accountsEndpoint, balancesEndpoint, transactionsEndpoint } from "./api-endpoints";
import type { TMachineEndpoint, TRouteParams } from "./define-endpoint";
import { compilePathPattern } from "./is-machine-path";
import MACHINE_PATHS from "./machine-paths.json";
import {
  grantEndpoint, introspectionEndpoint, jwksEndpoint, metadataEndpoint, parEndpoint, registrationEndpoint, revocationEndpoint, tokenEndpoint,
} from "./oauth-endpoints";

const ENDPOINTS: Record<string, TMachineEndpoint> = {
  "/:institution/oauth/par": parEndpoint,
  "/:institution/oauth/token": tokenEndpoint,
  "/:institution/oauth/revoke": revocationEndpoint,
  "/:institution/oauth/introspect": introspectionEndpoint,
  "/:institution/oauth/register": registrationEndpoint,
  "/:institution/oauth/jwks": jwksEndpoint,
  "/:institution/grants/:grantId": grantEndpoint,
  "/:institution/api/v1/accounts": accountsEndpoint,
  "/:institution/api/v1/accounts/balances": balancesEndpoint,
  "/:institution/api/v1/accounts/transactions": transactionsEndpoint,
  "/.well-known/oauth-authorization-server/:institution": metadataEndpoint,
  "/:institution/.well-known/oauth-authorization-server": metadataEndpoint,
};

/** [path pattern with :params, endpoint], in the order of machine-paths.json. */
export const MACHINE_ROUTES: readonly [string, TMachineEndpoint][] = MACHINE_PATHS.map((pattern) => {
  const endpoint = ENDPOINTS[pattern];
  if (!endpoint) throw new Error(`lib/endpoints/machine-paths.json: no endpoint for ${pattern}`);
  return [pattern, endpoint];
});

const compiled = MACHINE_ROUTES.map(([pattern, endpoint]) => ({ ...compilePathPattern(pattern), endpoint }));

/** The endpoint a path names and its decoded parameters, or null (then Next answers). */
export function matchMachineRoute(pathname: string): { endpoint: TMachineEndpoint; params: TRouteParams } | null {
  for (const route of compiled) {
    const match = route.regex.exec(pathname);
    if (!match) continue;
    const params: TRouteParams = {};
    try {
      route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1])));
    } catch {
      return null; // a malformed escape: Next's answer (the server refuses such paths before either)
    }
    return { endpoint: route.endpoint, params };
  }
  return null;
}
