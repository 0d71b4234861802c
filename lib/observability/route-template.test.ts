// The http_route label: every page and route file of app/ has its template (so a new screen cannot fall into
// "(unmatched)" unnoticed), machine paths get the list's pattern, and no raw path is ever a template.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MACHINE_ROUTE_LIST } from "@/lib/routes/machine-routes";
import { routeTemplate, SCREEN_ROUTES, UNMATCHED_ROUTE } from "./route-template";

const APP = path.resolve(__dirname, "../../app");

function appRoutes(dir = APP, prefix = ""): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = name.startsWith("[...") ? "*" : name.startsWith("[") ? `:${name.slice(1, -1)}` : name;
      found.push(...appRoutes(full, `${prefix}/${segment}`));
    } else if (/^(page|route)\.tsx?$/.test(name)) found.push(prefix || "/");
  }
  return found;
}

describe("route templates", () => {
  it("name every page and route handler of app/", () => {
    const known = new Set([...SCREEN_ROUTES, ...MACHINE_ROUTE_LIST.map((r) => r.path)]);
    const missing = appRoutes().filter((route) => !known.has(route));
    expect(missing).toEqual([]);
  });

  it("give machine paths the pattern of lib/routes/machine-routes.json, with the institution apart", () => {
    expect(routeTemplate("/bank-a/oauth/token")).toEqual({ route: "/:institution/oauth/token", institution: "bank-a" });
    expect(routeTemplate("/bank-a/api/v1/accounts/balances?accountId=x").route).toBe("/:institution/api/v1/accounts/balances");
    expect(routeTemplate("/bank-a/grants/abc123").route).toBe("/:institution/grants/:grantId");
    expect(routeTemplate("/.well-known/oauth-authorization-server/bank-a")).toEqual({ route: "/.well-known/oauth-authorization-server/:institution", institution: "bank-a" });
  });

  it("give screens their template, the most literal first", () => {
    expect(routeTemplate("/bank-a/authorize/0f0f0f/consent").route).toBe("/:institution/authorize/:interaction/consent");
    expect(routeTemplate("/bank-a/authorize/0f0f0f").route).toBe("/:institution/authorize/:interaction");
    expect(routeTemplate("/console/clients/new").route).toBe("/console/clients/new");
    expect(routeTemplate("/console/clients/c1").route).toBe("/console/clients/:clientId");
    expect(routeTemplate("/console").route).toBe("/console");
    expect(routeTemplate("/bank-a").route).toBe("/:institution");
    expect(routeTemplate("/_next/static/chunks/x.js").route).toBe("/_next/*");
    expect(routeTemplate("/").route).toBe("/");
  });

  it("never turn a path a client makes up into a template", () => {
    const made = ["/bank-a/anything/at/all", "/x/y/z/w/v", "/console/nowhere/deep", "/%E0%A4%A"];
    for (const url of made) {
      const { route } = routeTemplate(url);
      expect([...SCREEN_ROUTES, UNMATCHED_ROUTE]).toContain(route);
    }
  });
});
