// The console's server-side sessions. The next-auth cookie (lib/console/operator-auth.ts) is signed and
// encrypted but, being a JWT, stays valid until it expires wherever it was copied; so it also carries a
// random session id, and every request checks that id's row here (OperatorSession, in the database, so
// every instance agrees):
//   - signing in starts a row; signing out ends it — a copy of the cookie opens nothing afterwards
//   - a session idle for OPERATOR_IDLE_MINUTES ends (lastSeenAt moves at most once a minute, to spare writes)
//   - a password change ends every session of the operator (lib/console/set-operator-password.ts)
// Only the id's hash is stored (docs/security-habits.md, "secrets at rest").
import "server-only";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";

export const OPERATOR_IDLE_MINUTES = 30;
const TOUCH_EVERY_MS = 60_000;

/** A new session for the operator who just signed in; returns the id the cookie carries. */
export async function startOperatorSession(operatorId: string): Promise<string> {
  const id = randomToken();
  await db.operatorSession.create({ data: { idHash: hashToken(id), operatorId } });
  return id;
}

/** Whether the session is live for this operator (not ended, not idle); a live one is marked seen. */
export async function touchOperatorSession(id: string, operatorId: string, now = new Date()): Promise<boolean> {
  const idHash = hashToken(id);
  const row = await db.operatorSession.findUnique({ where: { idHash }, select: { operatorId: true, lastSeenAt: true, endedAt: true } });
  if (!row || row.operatorId !== operatorId || row.endedAt) return false;
  const idleSince = new Date(now.getTime() - OPERATOR_IDLE_MINUTES * 60_000);
  if (row.lastSeenAt <= idleSince) {
    await db.operatorSession.updateMany({ where: { idHash, endedAt: null }, data: { endedAt: now } });
    return false;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.operatorSession.updateMany({ where: { idHash, endedAt: null }, data: { lastSeenAt: now } });
  }
  return true;
}

/** Ends one session (sign-out). */
export async function endOperatorSession(id: string): Promise<void> {
  await db.operatorSession.updateMany({ where: { idHash: hashToken(id), endedAt: null }, data: { endedAt: new Date() } });
}
