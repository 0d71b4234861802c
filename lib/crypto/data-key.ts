// Encrypts secrets that must be read back (TOTP seeds) with AES-256-GCM under the data key
// (lib/crypto/read-data-key.ts: RENKEI_DATA_KEY, or a key file in the data folder). Every app instance
// must share the same key.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { readDataKey as dataKey } from "@/lib/crypto/read-data-key";

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
