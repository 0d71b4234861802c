// Ends what has outlived its time, so that after a crash or a quiet night nothing half-done lingers:
// interactions past their expiry become "expired" (their pages then say so, and their 登録済み* PINs
// were never applied), and expired single-use records are purged. Run at start and every minute.
import { db } from "@/lib/db";

export async function expireStale(now = new Date()): Promise<{ interactions: number; replays: number }> {
  const interactions = await db.interaction.updateMany({ where: { status: "active", expiresAt: { lt: now } }, data: { status: "expired" } });
  const replays = await db.replayRecord.deleteMany({ where: { expiresAt: { lt: now } } });
  return { interactions: interactions.count, replays: replays.count };
}
