// The bearer secret between Renkei and the reference simulator (scripts/core-sim.ts): RENKEI_CORE_SIM_SECRET,
// or the one kept in the simulator's data folder (created on first use, mode 0600). Passed to both processes
// in their environment, never on a command line, never printed.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function coreSimDir(env = process.env) {
  return path.resolve(env.RENKEI_CORE_SIM_DIR || ".data/core-sim");
}

export function coreSimSecret(env = process.env) {
  if (env.RENKEI_CORE_SIM_SECRET) return env.RENKEI_CORE_SIM_SECRET;
  const dir = coreSimDir(env);
  const file = path.join(dir, "bearer-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if (error.code !== "EEXIST") throw error; // another process made it first
    }
  }
  return readFileSync(file, "utf8").trim();
}
