// `npm run bench`: installs what is missing, builds when the build is stale, then runs bench/run.ts
// (Renkei vs node-oidc-provider vs a bare node:http server). Arguments pass through:
//   npm run bench -- --duration=10 --warmup=3 --connections=10
import path from "node:path";
import { spawnSync } from "node:child_process";
import { root, ensureAuthSecret, ensureBuild, ensureDemoCa, ensureDependencies, ensurePrismaClients } from "./lib/setup.mjs";

ensureDependencies();
ensurePrismaClients();
await ensureDemoCa();
await ensureBuild({ ...process.env, NODE_ENV: "production", AUTH_SECRET: ensureAuthSecret() });
const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "bench/run.ts", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
