// Encrypts secrets that must be read back (TOTP seeds) with AES-256-GCM under the data key:
// RENKEI_DATA_KEY (64 hex characters) or, for the embedded setup, a key file created on first use
// in the data folder (RENKEI_DATA_DIR, default .data). Every app instance must share the same key.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

let cached: Buffer | undefined;

function dataKey(): Buffer {
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

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", dataKey(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function decryptSecret(sealed: string): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", dataKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
