// The one list of machine endpoints (lib/routes/machine-routes.json: JSON, because next.config.js, a
// CommonJS file, reads it too). Everything that names a machine path is derived from it:
//   - the production server's lean path (lib/endpoints/route-handlers.ts: a name → its Web handler)
//   - the Next route files under app/ (generated: scripts/generate-route-files.mjs, checked by
//     scripts/generate-route-files.test.ts)
//   - the endpoint URLs of the metadata (lib/oauth/endpoints/endpoint-urls.ts)
//   - which answers keep their own headers (proxy.ts through lib/endpoints/is-machine-path.ts, next.config.js)
// A path is a pattern: `:name` is one path segment, everything else literal. No dependencies, so that any
// folder may read it (lib/oauth, lib/endpoints, the proxy).
import ROUTES from "./machine-routes.json";

export type TMachineRouteName =
  | "par" | "token" | "revocation" | "introspection" | "registration" | "jwks" | "grants"
  | "accounts" | "balances" | "transactions" | "usage" | "metadata" | "metadataUnderIssuer" | "healthz" | "readyz";
export type TMachineRoute = { name: TMachineRouteName; path: string };

export const MACHINE_ROUTE_LIST = ROUTES as readonly TMachineRoute[];

export function machineRoute(name: TMachineRouteName): TMachineRoute {
  const route = MACHINE_ROUTE_LIST.find((r) => r.name === name);
  if (!route) throw new Error(`lib/routes/machine-routes.json: no route named ${name}`);
  return route;
}

/** The path under an institution's issuer (`/oauth/token`), without trailing parameters (`/grants/:grantId` → `/grants`). */
export function pathUnderIssuer(name: TMachineRouteName): string {
  const { path } = machineRoute(name);
  if (!path.startsWith("/:institution/")) throw new Error(`${name} is not under the issuer: ${path}`);
  return path.slice("/:institution".length).replace(/(\/:[A-Za-z]+)+$/, "");
}
