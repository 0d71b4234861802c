// Attempt counting that parallel requests cannot outrun.
// Before a secret is verified, one attempt is reserved on each counter of the check by a single conditional
// statement — UPDATE "RateLimit" SET count = count + 1 WHERE key = ? AND count < max RETURNING count — so
// the check and the count are one step: atomic on SQLite (one writer at a time) and on PostgreSQL (the
// UPDATE locks the row and re-reads the condition on the newest version under READ COMMITTED). A hundred
// simultaneous posts reserve exactly `max` attempts; the rest are refused without being verified.
//   - a reservation stands as a failure until the answer is known: a wrong answer keeps it
//   - a right one gives it back ("release"), or, on a counter a success clears, resets the count ("clear")
//   - a window is fixed: it starts at the first attempt after the counter was clear and lasts `minutes`;
//     after it the count starts again from nothing
//   - several counters (a user's factor and the client IP) are reserved together or not at all
import "server-only";
import { db } from "@/lib/db";

export type TAttemptCounter = {
  key: string;
  max: number;
  minutes: number;
  /** what a right answer does: "clear" the count (one secret, now proven) or "release" this attempt only */
  onSuccess: "clear" | "release";
};

export type TReservation =
  | { locked: true }
  | {
      locked: false;
      /** this attempt was the last one a counter allows: if it fails, the counter is locked */
      last: boolean;
      settle: (success: boolean) => Promise<void>;
    };

/** One attempt on one counter; null when the counter is full (locked). Returns the count with this attempt. */
async function reserveOne(counter: TAttemptCounter): Promise<number | null> {
  const now = new Date();
  const resetAt = new Date(now.getTime() + counter.minutes * 60_000);
  // a window that ended, or a counter that was cleared, starts a new window with this attempt
  await db.rateLimit.updateMany({
    where: { key: counter.key, OR: [{ resetAt: { lte: now } }, { count: { lte: 0 } }] },
    data: { count: 0, resetAt },
  });
  const counted = async () => {
    const rows = await db.rateLimit.updateManyAndReturn({
      where: { key: counter.key, count: { lt: counter.max } },
      data: { count: { increment: 1 } },
      select: { count: true },
    });
    return rows[0]?.count ?? null;
  };
  const count = await counted();
  if (count !== null) return count;
  try {
    await db.rateLimit.create({ data: { key: counter.key, count: 1, resetAt } });
    return 1;
  } catch (error) {
    // the row exists (full, or created by a parallel request a moment ago): its count decides
    if ((error as { code?: string }).code === "P2002") return counted();
    throw error;
  }
}

/** Gives one reserved attempt back: it was a right answer, or never made. */
async function release(counter: TAttemptCounter): Promise<void> {
  await db.rateLimit.updateMany({ where: { key: counter.key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

async function clear(counter: TAttemptCounter): Promise<void> {
  await db.rateLimit.updateMany({ where: { key: counter.key }, data: { count: 0 } });
}

export async function reserveAttempt(counters: TAttemptCounter[]): Promise<TReservation> {
  const taken: TAttemptCounter[] = [];
  let last = false;
  for (const counter of counters) {
    const count = await reserveOne(counter);
    if (count === null) {
      // all or nothing: what this request took on the other counters was never an attempt
      for (const held of taken) await release(held);
      return { locked: true };
    }
    taken.push(counter);
    if (count >= counter.max) last = true;
  }
  return {
    locked: false,
    last,
    settle: async (success) => {
      if (success) for (const counter of taken) await (counter.onSuccess === "clear" ? clear(counter) : release(counter));
    },
  };
}
