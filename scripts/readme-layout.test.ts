// The README's Layout names every folder of lib/: a folder added without a line there fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

describe("the README's Layout", () => {
  it("names every lib/ folder", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const layout = readme.slice(readme.indexOf("## Layout"));
    const block = layout.slice(0, layout.indexOf("```", layout.indexOf("```") + 3));
    const named = new Set([...block.matchAll(/^ {2}(?:[\w.]+ {2})?([a-z][\w-]*)\/ /gm)].map((m) => m[1]));
    const folders = readdirSync(path.join(root, "lib"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !named.has(f))).toEqual([]);
  });
});
