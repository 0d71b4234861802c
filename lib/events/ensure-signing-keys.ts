// An institution's Security Event Token signing keys (ES256), generated on first use and shared by
// every instance through the database (InstitutionKey; the private JWK sealed with the data key,
// lib/crypto/data-key.ts). Rotation with an overlap, so a receiver never meets a kid it cannot find:
//   - each generation signs for SIGNING_DAYS;
//   - the next one is made PUBLISH_AHEAD_DAYS before the current one stops, and is published at once
//     (jwks_uri) while the current one still signs;
//   - a generation stays published KEEP_AFTER_DAYS after it stops signing.
// Two instances making the same generation collide on (institutionId, generation); the loser keeps the winner's.
import "server-only";
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from "jose";
import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/crypto/data-key";

const DAY = 86_400_000;
export const SIGNING_DAYS = 90;
export const PUBLISH_AHEAD_DAYS = 7;
export const KEEP_AFTER_DAYS = 30;
export const SIGNING_ALG = "ES256";

async function createGeneration(institutionId: string, generation: number, signsFrom: Date): Promise<void> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(privateKey);
  try {
    await db.institutionKey.create({
      data: {
        kid, institutionId, generation, alg: SIGNING_ALG,
        publicJwk: JSON.stringify({ ...publicJwk, kid, alg: SIGNING_ALG, use: "sig" }),
        privateJwkEnc: encryptSecret(JSON.stringify(privateJwk)),
        signsFrom, signsUntil: new Date(signsFrom.getTime() + SIGNING_DAYS * DAY),
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error; // another instance made this generation first
  }
}

/** Makes the first generation, or the next one when the current one nears its end. */
export async function ensureSigningKeys(institutionId: string, now = new Date()): Promise<void> {
  for (let step = 0; step < 3; step++) {
    const latest = await db.institutionKey.findFirst({ where: { institutionId }, orderBy: { generation: "desc" }, select: { generation: true, signsUntil: true } });
    if (!latest) {
      await createGeneration(institutionId, 1, now);
      continue;
    }
    if (now.getTime() < latest.signsUntil.getTime() - PUBLISH_AHEAD_DAYS * DAY) return;
    // the next one starts where the latest ends — or now, after a pause long enough that it has already ended
    await createGeneration(institutionId, latest.generation + 1, latest.signsUntil > now ? latest.signsUntil : now);
  }
}
