// Bundles what the production server (server.mjs) takes from lib/ — the trusted-header rebuild and the
// machine endpoints' lean path (lib/endpoints/production-server-parts.ts) — into one ES module beside
// Next's build: <distDir>/machine/server-parts.mjs. Packages stay imports of node_modules; only the
// project's own TypeScript is bundled. Runs after `next build` (which empties the dist folder) in
// `npm start`, `npm test` and `npm run build`; server.mjs runs it itself when the bundle is missing.
//   node scripts/build-machine.mjs
import { build } from "esbuild";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const MACHINE_ENTRY = path.join(root, "lib/endpoints/production-server-parts.ts");

export function machineBundlePath(distDir = process.env.NEXT_DIST_DIR || ".next") {
  return path.join(root, distDir, "machine/server-parts.mjs");
}

export async function buildMachine(distDir) {
  const outfile = machineBundlePath(distDir);
  await build({
    entryPoints: [MACHINE_ENTRY],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    alias: { "server-only": path.join(root, "scripts/lib/empty-module.mjs") },
    tsconfig: path.join(root, "tsconfig.json"),
    sourcemap: "linked",
    logLevel: "warning",
  });
  return outfile;
}

export function machineBundleExists(distDir) {
  const file = machineBundlePath(distDir);
  return existsSync(file) && statSync(file).size > 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = await buildMachine();
  console.log(`machine endpoints bundled: ${path.relative(root, file)}`);
}
