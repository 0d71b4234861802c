// The README's Layout names every folder of lib/ and every room of lib/oauth/, and nothing that is not
// there: a folder added, moved or removed without its line there fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function layoutBlock(): string {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const layout = readme.slice(readme.indexOf("## Layout"));
  return layout.slice(0, layout.indexOf("```", layout.indexOf("```") + 3));
}

function foldersOf(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** The names on the lines indented by `indent` spaces ("name/  what it holds", or "file.ts  name/  …"). */
function namedAt(lines: string[], indent: number): string[] {
  const pattern = new RegExp(`^ {${indent}}(?:[\\w.]+ {2})?([a-z][\\w-]*)/ `);
  return lines.flatMap((line) => pattern.exec(line)?.[1] ?? []).sort();
}

describe("the README's Layout", () => {
  const lines = layoutBlock().split("\n");
  const libStart = lines.findIndex((l) => l.startsWith("lib/"));
  const libEnd = lines.findIndex((l, i) => i > libStart && /^\S/.test(l));
  const libLines = lines.slice(libStart, libEnd);

  it("names every lib/ folder, and no other", () => {
    // lib/generated/ is made by `npm install` (scripts/generate.mjs), so a clone may not have it yet
    const folders = foldersOf("lib");
    expect(namedAt(libLines, 2).filter((name) => name !== "generated" || folders.includes(name))).toEqual(folders);
  });

  it("names every room of lib/oauth/, and no other", () => {
    const oauthStart = libLines.findIndex((l) => l.startsWith("  oauth/"));
    const oauthEnd = libLines.findIndex((l, i) => i > oauthStart && /^ {2}\S/.test(l));
    expect(namedAt(libLines.slice(oauthStart, oauthEnd), 4)).toEqual(foldersOf("lib/oauth"));
  });
});
