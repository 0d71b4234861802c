// Takes due events for this worker. A claim is one conditional UPDATE that also increments `attempts`:
// of two workers (two instances, SQLite or PostgreSQL) that read the same row, only the one whose
// UPDATE still finds the attempts it read wins; the other's matches nothing. Due means pending with
// its time come, or sending with a lapsed lease — the instance that held it died mid-delivery.
import "server-only";
import { db } from "@/lib/db";

export type TClaimedEvent = { id: string; attempts: number };

const due = (now: Date) => ({ OR: [{ status: "pending", nextAttemptAt: { lte: now } }, { status: "sending", leaseUntil: { lt: now } }] });

export async function claimDueEvents(now: Date, limit: number, leaseMs: number): Promise<TClaimedEvent[]> {
  const candidates = await db.securityEvent.findMany({ where: due(now), orderBy: { nextAttemptAt: "asc" }, take: limit, select: { id: true, attempts: true } });
  const claimed: TClaimedEvent[] = [];
  for (const row of candidates) {
    const won = await db.securityEvent.updateMany({
      where: { id: row.id, attempts: row.attempts, ...due(now) },
      data: { status: "sending", attempts: { increment: 1 }, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (won.count === 1) claimed.push({ id: row.id, attempts: row.attempts + 1 });
  }
  return claimed;
}
