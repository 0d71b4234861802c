// The key an institution signs Security Event Tokens with now: the newest generation whose signing
// period has begun (lib/events/ensure-signing-keys.ts). The decrypted key is kept in process for a
// minute (derived data, safe to lose), so a burst of deliveries reads the database once.
import "server-only";
import { importJWK, type CryptoKey, type JWK } from "jose";
import { db } from "@/lib/db";
import { processSingleton } from "@/lib/process/cross-bundle";
import { decryptSecret } from "@/lib/crypto/data-key";
import { ensureSigningKeys, SIGNING_ALG } from "./ensure-signing-keys";

export type TSigningKey = { kid: string; alg: string; key: CryptoKey };

// one per process, not per copy of lib/ (lib/process/cross-bundle.ts)
const recent = processSingleton("signingKeys", () => new Map<string, { at: number; until: number; key: TSigningKey }>());

export async function institutionSigningKey(institutionId: string, now = new Date()): Promise<TSigningKey> {
  const hit = recent.get(institutionId);
  if (hit && now.getTime() - hit.at < 60_000 && now.getTime() < hit.until) return hit.key;
  await ensureSigningKeys(institutionId, now);
  const row = await db.institutionKey.findFirst({
    where: { institutionId, signsFrom: { lte: now }, signsUntil: { gt: now } },
    orderBy: { generation: "desc" },
    select: { kid: true, alg: true, privateJwkEnc: true, signsUntil: true }, // named, so not omitted (lib/db.ts)
  });
  if (!row) throw new Error("no signing key for the institution");
  const key = { kid: row.kid, alg: row.alg || SIGNING_ALG, key: (await importJWK(JSON.parse(decryptSecret(row.privateJwkEnc)) as JWK, row.alg)) as CryptoKey };
  recent.set(institutionId, { at: now.getTime(), until: row.signsUntil.getTime(), key });
  return key;
}
