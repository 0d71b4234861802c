// The route template of a request path, for the http_route label and the request's log line: the pattern that
// names it, never the path itself (a path carries institution slugs, interaction ids, grant ids and whatever a
// client invents, and a label per path would grow without bound).
//   - machine endpoints: their pattern in lib/routes/machine-routes.json (`/:institution/oauth/token`)
//   - screens and Next's own routes: SCREEN_ROUTES below, the app/ tree's routes written as patterns (a unit
//     test, route-template.test.ts, checks that every page and route file of app/ is here)
//   - anything else: UNMATCHED_ROUTE
// `:name` matches one segment and `*` one or more; the most literal pattern wins, as Next's routing does.
import { MACHINE_ROUTE_LIST } from "@/lib/routes/machine-routes";

export const UNMATCHED_ROUTE = "(unmatched)";

/** The app/ tree's pages and route handlers besides the machine endpoints, as patterns. */
export const SCREEN_ROUTES = [
  "/",
  "/healthz",
  "/readyz",
  "/docs",
  "/docs/openapi.json",
  "/demo",
  "/demo/start",
  "/demo/callback",
  "/demo/result",
  "/preview",
  "/preview/authorization-error/:reason",
  "/preview/compare/:screen",
  "/preview/screen/:screen",
  "/console",
  "/console/audit",
  "/console/clients",
  "/console/clients/new",
  "/console/clients/:clientId",
  "/console/grants",
  "/console/login",
  "/console/passkeys",
  "/console/profiles",
  "/console/themes",
  "/console/themes/:institution",
  "/console/tokens",
  "/console/usage",
  "/console/usage/csv",
  "/api/auth/operator/*",
  "/_next/*",
  "/favicon.ico",
  "/:institution",
  "/:institution/*",
  "/:institution/help/password",
  "/:institution/links",
  "/:institution/partners",
  "/:institution/terms",
  "/:institution/oauth/authorize",
  "/:institution/authorize/:interaction",
  "/:institution/authorize/:interaction/additional-auth",
  "/:institution/authorize/:interaction/cancel",
  "/:institution/authorize/:interaction/certificate",
  "/:institution/authorize/:interaction/certificate/password",
  "/:institution/authorize/:interaction/channel",
  "/:institution/authorize/:interaction/consent",
  "/:institution/authorize/:interaction/consent/allow",
  "/:institution/authorize/:interaction/login",
  "/:institution/authorize/:interaction/operations",
  "/:institution/authorize/:interaction/pins",
  "/:institution/authorize/:interaction/pins/result",
  "/:institution/authorize/:interaction/unavailable",
  "/:institution/authorize/:interaction/unavailable/back",
];

type TCompiled = { template: string; parts: string[]; rest: boolean; institutionAt: number };

function compile(template: string): TCompiled {
  const parts = template.split("/").filter(Boolean);
  const rest = parts.at(-1) === "*";
  return { template, parts: rest ? parts.slice(0, -1) : parts, rest, institutionAt: parts.indexOf(":institution") };
}

// most literal first: more literal segments, then more segments, then no wildcard
const score = (c: TCompiled) => c.parts.filter((p) => !p.startsWith(":")).length * 1000 + c.parts.length * 10 + (c.rest ? 0 : 1);
const COMPILED = [...MACHINE_ROUTE_LIST.map((r) => r.path), ...SCREEN_ROUTES].map(compile).sort((a, b) => score(b) - score(a));

export type TRouteMatch = { route: string; institution: string | null };

/** The template naming `path` (the part before any query), and the institution segment when the template has one. */
export function routeTemplate(url: string): TRouteMatch {
  const query = url.search(/[?#]/);
  const segments = (query < 0 ? url : url.slice(0, query)).split("/").filter(Boolean);
  for (const c of COMPILED) {
    if (c.rest ? segments.length <= c.parts.length : segments.length !== c.parts.length) continue;
    if (c.parts.every((p, i) => p.startsWith(":") || p === segments[i])) {
      // the slug as the path spelled it, cut short: a log field, never a label
      return { route: c.template, institution: c.institutionAt < 0 ? null : segments[c.institutionAt].slice(0, 64) };
    }
  }
  return { route: UNMATCHED_ROUTE, institution: null };
}
