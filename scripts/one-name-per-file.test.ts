// One name per file: no two source files of lib/, app/, components/ or scripts/ share a name, so a name in a
// comment, a stack trace or a search finds one file. Next's own file names (page.tsx, route.ts, …) are
// the framework's and repeat by design; lib/generated/ is Prisma's.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const NEXT_FILES = new Set(["page", "layout", "route", "not-found", "error", "loading", "template", "default", "global-error", "opengraph-image", "icon"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return rel === "lib/generated" || entry.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.(tsx?|mjs)$/.test(entry.name) ? [rel] : [];
  });
}

describe("one name per file", () => {
  it("no two source files share a name", () => {
    const byName = new Map<string, string[]>();
    for (const file of ["lib", "app", "components", "scripts"].flatMap(sourceFiles)) {
      const name = path.basename(file).replace(/\.(tsx?|mjs)$/, "");
      if (NEXT_FILES.has(name)) continue;
      byName.set(name, [...(byName.get(name) ?? []), file]);
    }
    expect([...byName.values()].filter((files) => files.length > 1)).toEqual([]);
  });
});
