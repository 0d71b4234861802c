// The audit chain's key: HKDF-SHA-256 (RFC 5869) of the data key (lib/crypto/read-data-key.ts) with an
// info string of its own, so that it is shared by every instance exactly as the data key is, lives
// outside the database, and is a different key from the one that encrypts TOTP seeds.
// docs/security-habits.md: "the audit chain is keyed, so a database writer cannot rewrite it unseen".
import { hkdfSync } from "node:crypto";
import { readDataKey } from "@/lib/crypto/read-data-key";

const INFO = "renkei audit chain v1";
let cached: { dataKey: Buffer; key: Buffer } | undefined;

export function auditKey(): Buffer {
  const dataKey = readDataKey();
  if (cached?.dataKey !== dataKey) cached = { dataKey, key: Buffer.from(hkdfSync("sha256", dataKey, Buffer.alloc(0), INFO, 32)) };
  return cached.key;
}
