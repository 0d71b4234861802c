// Attempt counting that parallel requests cannot outrun.
// Before a secret is verified, one attempt is reserved on each counter of the check by a single conditional
// statement — UPDATE "RateLimit" SET count = count + 1 WHERE key = ? AND count < max AND resetAt > now RETURNING count — so
// the check and the count are one step: atomic on SQLite (one writer at a time) and on PostgreSQL (the
// UPDATE locks the row and re-reads the condition on the newest version under READ COMMITTED). A hundred
// simultaneous posts reserve exactly `max` attempts; the rest are refused without being verified.
//   - a reservation stands as a failure until the answer is known: a wrong answer keeps it
//   - a right one gives it back ("release"), or, on a counter a success clears, resets the count ("clear")
//   - a counter with `minutes` has a fixed window: it starts with the first attempt after the last window
//     ended and lasts `minutes`; a full counter stays locked until then, and the next window starts again
//     from nothing (the client IP's, against spraying)
//   - a counter without (`minutes: null`, a customer's factor) counts failures cumulatively, as banks do: a
//     full counter stays locked until a success clears it — impossible while locked — or it is unlocked
//     (lib/auth/unlock-customer.ts). Its row's resetAt is NO_WINDOW, so the same statements serve both.
//   - several counters (a user's factor and the client IP) are reserved together or not at all
import "server-only";
import { db } from "@/lib/db";

export type TAttemptCounter = {
  key: string;
  max: number;
  /** the fixed window; null: no window, the count stands until cleared or unlocked */
  minutes: number | null;
  /** what a right answer does: "clear" the count (one secret, now proven) or "release" this attempt only */
  onSuccess: "clear" | "release";
};

export type TReservation =
  | { locked: true; /** the counter that is full */ counter: TAttemptCounter }
  | {
      locked: false;
      /** this attempt was the last one a counter allows: if it fails, the counter is locked */
      last: boolean;
      /** each counter's count with this attempt, in the order given */
      counts: number[];
      settle: (success: boolean) => Promise<void>;
      /** the answer could not be checked (the bank unavailable): the attempt was never made, every counter gets it back */
      abandon: () => Promise<void>;
    };

/** The resetAt of a counter without a window: a date no clock reaches. */
export const NO_WINDOW = new Date("9999-12-31T00:00:00.000Z");

/** One attempt on one counter; null when the counter is full (locked). Returns the count with this attempt. */
async function reserveOne(counter: TAttemptCounter): Promise<number | null> {
  const { key, max } = counter;
  const now = new Date();
  const resetAt = counter.minutes === null ? NO_WINDOW : new Date(now.getTime() + counter.minutes * 60_000);
  const select = { count: true } as const;
  // the usual case, one statement: an open window with room left
  const inWindow = () => db.rateLimit.updateManyAndReturn({ where: { key, count: { lt: max }, resetAt: { gt: now } }, data: { count: { increment: 1 } }, select });
  // a window that ended starts again with this attempt — one statement too, so two requests cannot both restart it
  const restart = () => db.rateLimit.updateManyAndReturn({ where: { key, resetAt: { lte: now } }, data: { count: 1, resetAt }, select });
  const take = async () => (await inWindow())[0]?.count ?? (await restart())[0]?.count ?? null;
  const taken = await take();
  if (taken !== null) return taken;
  if (!(await db.rateLimit.findUnique({ where: { key }, select: { key: true } }))) {
    try {
      await db.rateLimit.create({ data: { key, count: 1, resetAt } });
      return 1;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  // full — or restarted or created by a parallel request between these statements: its count decides
  return take();
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
  const counts: number[] = [];
  let last = false;
  for (const counter of counters) {
    const count = await reserveOne(counter);
    if (count === null) {
      // all or nothing: what this request took on the other counters was never an attempt
      for (const held of taken) await release(held);
      return { locked: true, counter };
    }
    taken.push(counter);
    counts.push(count);
    if (count >= counter.max) last = true;
  }
  return {
    locked: false,
    last,
    counts,
    settle: async (success) => {
      if (success) for (const counter of taken) await (counter.onSuccess === "clear" ? clear(counter) : release(counter));
    },
    abandon: async () => {
      for (const counter of taken) await release(counter);
    },
  };
}
