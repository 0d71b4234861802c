// Single-use JWT ids (RFC 9449 §11.1 for DPoP proofs, RFC 7523 §3 item 7 for client assertions).
// The insert is the check: the primary key makes a second use fail, on any instance, even when two
// requests race. Expired records are purged now and then so the table stays small.
import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/crypto/hash-token";

let lastPurge = 0;

/** Returns false when this jti was seen before (a replay). */
export async function consumeJti(kind: "dpop" | "client_assertion" | "otp", scope: string, jti: string, expiresAt: Date): Promise<boolean> {
  const now = Date.now();
  if (now - lastPurge > 60_000) {
    lastPurge = now;
    await db.replayRecord.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }).catch(() => undefined);
  }
  try {
    await db.replayRecord.create({ data: { key: `${kind}:${hashToken(`${scope}\u0000${jti}`)}`, kind, expiresAt } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false; // unique constraint: seen before
    throw error;
  }
}
