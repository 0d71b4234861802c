// Writes the Next route file of every machine route in the one list (lib/routes/machine-routes.json):
// app/<the path, with :name as [name]>/route.ts, each the endpoint's Next mount (lib/endpoints/next-mount.ts).
// Run it after changing the list; scripts/generate-route-files.test.ts fails while a file differs.
//   node scripts/generate-route-files.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** @returns {{ name: string; path: string }[]} */
export function machineRouteList() {
  return JSON.parse(readFileSync(path.join(root, "lib/routes/machine-routes.json"), "utf8"));
}

/** The route file of each route: its path from the repository's root, and its text. */
export function routeFiles() {
  return machineRouteList().map((route) => ({
    file: path.join("app", ...route.path.split("/").filter(Boolean).map((part) => (part.startsWith(":") ? `[${part.slice(1)}]` : part)), "route.ts"),
    text: [
      "// Generated from lib/routes/machine-routes.json by scripts/generate-route-files.mjs: do not edit.",
      `// The Next mount of the machine route "${route.name}" (${route.path}); server.mjs's lean path answers it with the same handler.`,
      'import { nextMount } from "@/lib/endpoints/next-mount";',
      "",
      'export const dynamic = "force-dynamic";',
      "",
      `export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(${JSON.stringify(route.name)});`,
      "",
    ].join("\n"),
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { file, text } of routeFiles()) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
    console.log(`wrote ${file}`);
  }
}
