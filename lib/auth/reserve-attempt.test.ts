// The atomic counter under the lockout: a hundred parallel reservations take exactly `max`; a right answer
// clears or releases; a window that ended starts again; several counters are taken together or not at all.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { ownDatabase } from "@/test/support/own-database";
import { db } from "@/lib/db";
import { reserveAttempt, type TAttemptCounter } from "./reserve-attempt";

beforeAll(() => ownDatabase());

const counter = (overrides: Partial<TAttemptCounter> = {}): TAttemptCounter => ({ key: `test:${randomUUID()}`, max: 5, minutes: 30, onSuccess: "clear", ...overrides });
const failures = async (key: string) => (await db.rateLimit.findUnique({ where: { key } }))?.count ?? 0;

describe("reserveAttempt", () => {
  it("gives 100 parallel attempts exactly max reservations; the last one says so", async () => {
    const c = counter();
    const results = await Promise.all(Array.from({ length: 100 }, () => reserveAttempt([c])));
    const taken = results.filter((r) => !r.locked);
    expect(taken).toHaveLength(5);
    expect(taken.filter((r) => !r.locked && r.last)).toHaveLength(1);
    expect(await failures(c.key)).toBe(5);
  });

  it("keeps a failed attempt, clears the count on a success, or releases only that attempt", async () => {
    const clearing = counter();
    const releasing = counter({ onSuccess: "release" });
    for (const c of [clearing, releasing]) {
      for (let i = 0; i < 3; i++) {
        const r = await reserveAttempt([c]);
        if (!r.locked) await r.settle(false);
      }
      const right = await reserveAttempt([c]);
      expect(right.locked).toBe(false);
      if (!right.locked) await right.settle(true);
    }
    expect(await failures(clearing.key)).toBe(0);
    expect(await failures(releasing.key)).toBe(3);
  });

  it("refuses a full counter until its window ends, then starts a new window", async () => {
    const c = counter();
    for (let i = 0; i < 5; i++) await reserveAttempt([c]);
    expect((await reserveAttempt([c])).locked).toBe(true);
    await db.rateLimit.update({ where: { key: c.key }, data: { resetAt: new Date(Date.now() - 1000) } });
    const again = await reserveAttempt([c]);
    expect(again.locked).toBe(false);
    expect(await failures(c.key)).toBe(1);
  });

  it("takes every counter or none: a full one gives back what the others lent", async () => {
    const wide = counter({ max: 30, onSuccess: "release" });
    const narrow = counter({ max: 1 });
    expect((await reserveAttempt([wide, narrow])).locked).toBe(false);
    const results = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt([wide, narrow])));
    expect(results.every((r) => r.locked)).toBe(true);
    expect(await failures(wide.key)).toBe(1);
    expect(await failures(narrow.key)).toBe(1);
  });
});
