// Playwright's reference simulator (playwright.config.ts, project bank-http): the simulator of `npm run core-sim`
// on a fresh copy of the demo bank each run, so the 照会用暗証番号 states and one-time passwords a run uses up
// are back for the next. Port, folder and bearer secret come from playwright.config.ts (test/env.ts).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.RENKEI_CORE_SIM_DIR;
if (!dir) throw new Error("serve-test-core-sim: RENKEI_CORE_SIM_DIR must name the simulator's folder");
rmSync(dir, { recursive: true, force: true });
const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/core-sim.ts"], { cwd: root, env: process.env, stdio: "inherit" });
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
