// The data key: RENKEI_DATA_KEY (64 hex characters) or, for the embedded setup, a key file created on
// first use in the data folder (RENKEI_DATA_DIR, default .data). Every app instance must share it.
// It never goes into the database: it encrypts TOTP seeds (lib/crypto/data-key.ts) and keys the audit
// chain (lib/audit/audit-key.ts), so that whoever can write the database cannot read or forge either.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

let cached: Buffer | undefined;

export function readDataKey(): Buffer {
  if (cached) return cached;
  const fromEnv = process.env.RENKEI_DATA_KEY;
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) throw new Error("RENKEI_DATA_KEY must be 64 hex characters");
    return (cached = Buffer.from(fromEnv, "hex"));
  }
  const file = path.resolve(process.env.RENKEI_DATA_DIR || ".data", "data.key");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // another process won the race
    }
  }
  return (cached = Buffer.from(readFileSync(file, "utf8").trim(), "hex"));
}
