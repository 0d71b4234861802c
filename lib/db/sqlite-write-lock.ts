// One writer at a time within this process, for the embedded SQLite database. Two connections write to
// the file: Prisma's (every query but the hot ones) and the hot queries' own (lib/db/hot/sqlite-hot-queries.ts).
// Prisma holds a transaction open across awaits, while the hot queries commit synchronously; without
// this lock a hot commit would block the event loop waiting for SQLite's file lock that Prisma's
// transaction can only release once the event loop runs again. Prisma's transactions (lib/db.ts) and the
// hot commits both take this lock first, so in-process writers queue here instead. One per process, not
// per copy of lib/ (lib/process/cross-bundle.ts).
import { processSingleton } from "@/lib/process/cross-bundle";

type TLock = { tail: Promise<void> };
const lock: TLock = processSingleton<TLock>("sqliteWriteLock", () => ({ tail: Promise.resolve() }));

/** Waits for the lock; the returned function releases it (call it exactly once). */
export async function acquireSqliteWriteLock(): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const previous = lock.tail;
  lock.tail = previous.then(() => held);
  await previous;
  let released = false;
  return () => {
    if (!released) {
      released = true;
      release();
    }
  };
}
