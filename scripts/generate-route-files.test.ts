// The Next route files of the machine endpoints are the one list's (lib/routes/machine-routes.json):
// each route's file exists with exactly the generated text, and no other route file mounts a machine endpoint.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeFiles } from "./generate-route-files.mjs";

const root = path.resolve(__dirname, "..");

function allRouteFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(dir, entry.name);
    return entry.isDirectory() ? allRouteFiles(child) : entry.name === "route.ts" ? [child] : [];
  });
}

describe("the machine route files", () => {
  it("are generated from the one list (run node scripts/generate-route-files.mjs after changing it)", () => {
    for (const { file, text } of routeFiles()) expect(readFileSync(path.join(root, file), "utf8"), file).toBe(text);
  });

  it("are the only route files that mount a machine endpoint", () => {
    const mounting = allRouteFiles("app").filter((file) => readFileSync(path.join(root, file), "utf8").includes("nextMount("));
    expect(mounting.sort()).toEqual(routeFiles().map((f) => f.file).sort());
  });
});
