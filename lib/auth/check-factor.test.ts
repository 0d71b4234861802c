// The lockout rule every customer factor shares: counted before it is verified, refused unverified once
// locked, per factor and per user, since the factor's last success (not the PIN's: one account's right PIN
// says nothing about another's), cumulative with no window — locked until unlocked (lib/auth/unlock-customer.ts),
// warned beside the field before the last try — and exact under a hundred parallel answers.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { randomBytes } from "node:crypto";
import { ownDatabase } from "@/test/support/own-database";
import { seedLoginUser, type TSeededUser } from "@/test/support/seed-login-user";
import { db } from "@/lib/db";
import { ADDRESS_LOCKED_MESSAGE, LAST_TRY_WARNING, LOCKED_MESSAGE } from "@/lib/forms/messages";
import { metrics } from "@/lib/observability/metrics";
import { checkFactor, type TFactor } from "./check-factor";
import { unlockCustomer } from "./unlock-customer";

beforeAll(() => ownDatabase({ seed: true }));

const freshIp = () => `2001:db8:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;

function attempt(user: TSeededUser, factor: Exclude<TFactor, "certificate">, right: boolean, ip = freshIp()) {
  let verified = 0;
  const result = checkFactor({
    institution: user.institution, factor, userId: user.userId, ip, deviceHash: null,
    verify: async () => {
      verified++;
      await new Promise((resolve) => setTimeout(resolve, 5)); // a slow hash: every parallel attempt is in flight at once
      return right;
    },
    wrong: { field: "answer", message: "回答が正しくありません。" },
  });
  return result.then((r) => ({ ...r, verified }));
}

const failures = (userId: string, factor: TFactor) => db.loginAttempt.count({ where: { userId, factor, success: false } });

/** A counter's value for the labels given (renkei_lockouts_total, renkei_login_attempts_total: lib/observability/metrics.ts). */
async function counted(counter: "lockouts" | "loginAttempts", labels: Record<string, string>): Promise<number> {
  const { values } = await metrics()[counter].get();
  return values.filter((v) => Object.entries(labels).every(([k, x]) => (v.labels as Record<string, string | number | undefined>)[k] === x)).reduce((n, v) => n + v.value, 0);
}

describe("checkFactor", () => {
  it.each(["password", "otp", "answer", "pin"] as const)("100 parallel wrong %s answers: exactly maxFailures verified and recorded", async (factor) => {
    const user = await seedLoginUser();
    const ip = freshIp();
    const before = { locks: await counted("lockouts", { factor, scope: "customer" }), failed: await counted("loginAttempts", { factor, outcome: "failure" }), refused: await counted("loginAttempts", { factor, outcome: "refused_locked" }) };
    const results = await Promise.all(Array.from({ length: 100 }, () => attempt(user, factor, false, ip)));
    const max = user.institution.settings.lockout.maxFailures;
    expect(results.reduce((n, r) => n + r.verified, 0)).toBe(max);
    expect(await failures(user.userId, factor)).toBe(max);
    expect(results.filter((r) => !r.ok && r.locked)).toHaveLength(100 - (max - 1));
    // the metrics say the same: max failures, one lockout (the attempt that filled the counter), the rest refused unread
    expect(await counted("lockouts", { factor, scope: "customer" }) - before.locks).toBe(1);
    expect(await counted("loginAttempts", { factor, outcome: "failure" }) - before.failed).toBe(max);
    expect(await counted("loginAttempts", { factor, outcome: "refused_locked" }) - before.refused).toBe(100 - max);
  });

  it("answers a wrong answer beside its field, then locks that factor of that user only, unverified", async () => {
    const user = await seedLoginUser();
    const other = await seedLoginUser();
    const max = user.institution.settings.lockout.maxFailures;
    const first = await attempt(user, "answer", false);
    expect(first).toMatchObject({ ok: false, locked: false, errors: { answer: "回答が正しくありません。" }, message: "入力内容をご確認ください。" });
    for (let i = 1; i < max - 1; i++) await attempt(user, "answer", false);
    expect(await attempt(user, "answer", false)).toMatchObject({ ok: false, locked: true, errors: {}, message: LOCKED_MESSAGE });
    expect(await attempt(user, "answer", true)).toMatchObject({ ok: false, locked: true, verified: 0 });
    expect(await attempt(user, "password", true)).toMatchObject({ ok: true });
    expect(await attempt(other, "answer", true)).toMatchObject({ ok: true });
  });

  it("counts a factor's failures since its last success", async () => {
    const user = await seedLoginUser();
    const max = user.institution.settings.lockout.maxFailures;
    for (let i = 0; i < max - 1; i++) await attempt(user, "otp", false);
    expect((await attempt(user, "otp", true)).ok).toBe(true);
    for (let i = 0; i < max - 1; i++) await attempt(user, "otp", false);
    expect(await attempt(user, "otp", true)).toMatchObject({ ok: true });
  });

  it("does not let a right PIN for one account clear the failures of another", async () => {
    const user = await seedLoginUser();
    const max = user.institution.settings.lockout.maxFailures;
    for (let i = 0; i < max - 1; i++) {
      await attempt(user, "pin", false);
      expect((await attempt(user, "pin", true)).ok).toBe(true);
    }
    expect(await attempt(user, "pin", false)).toMatchObject({ ok: false, locked: true });
    expect(await attempt(user, "pin", true)).toMatchObject({ ok: false, locked: true, verified: 0 });
  });

  it("warns beside the field before the last try, and not before", async () => {
    const user = await seedLoginUser();
    const max = user.institution.settings.lockout.maxFailures;
    for (let i = 1; i < max - 1; i++) expect(await attempt(user, "answer", false)).toMatchObject({ errors: { answer: "回答が正しくありません。" } });
    expect(await attempt(user, "answer", false)).toMatchObject({ ok: false, locked: false, errors: { answer: `回答が正しくありません。${LAST_TRY_WARNING}` } });
    expect(await attempt(user, "answer", false)).toMatchObject({ ok: false, locked: true, message: LOCKED_MESSAGE });
  });

  describe("a locked factor, as time passes", () => {
    afterEach(() => vi.useRealTimers());

    it("stays locked a day later (no window), until the bank unlocks it: audited, and the count starts again", async () => {
      const user = await seedLoginUser();
      const max = user.institution.settings.lockout.maxFailures;
      // failures spread over days add up: the count is since the last success, not within a window
      for (let i = 0; i < max - 1; i++) {
        vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + i * 86_400_000 });
        await attempt(user, "password", false);
      }
      vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + max * 86_400_000 });
      expect(await attempt(user, "password", false)).toMatchObject({ ok: false, locked: true, message: LOCKED_MESSAGE });
      vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 86_400_000 });
      expect(await attempt(user, "password", true)).toMatchObject({ ok: false, locked: true, verified: 0, message: LOCKED_MESSAGE });
      vi.useRealTimers();

      expect(await unlockCustomer({ institution: user.institution.slug, loginId: user.loginId, actor: { type: "operator", id: "cli" }, ip: null })).toMatchObject({ ok: true, userId: user.userId });
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "customer.unlocked", targetId: user.userId }, select: { actorType: true, actorId: true } });
      expect(audit).toEqual({ actorType: "operator", actorId: "cli" });
      expect(await attempt(user, "password", true)).toMatchObject({ ok: true, verified: 1 });
    });

    it("the client IP's counter keeps the institution's window, and says so", async () => {
      const ip = freshIp();
      for (let i = 0; i < 8; i++) { // 8 × 4 failures: past the address's 30
        const user = await seedLoginUser();
        for (let j = 0; j < user.institution.settings.lockout.maxFailures - 1; j++) await attempt(user, "answer", false, ip);
      }
      const user = await seedLoginUser();
      expect(await attempt(user, "answer", true, ip)).toMatchObject({ ok: false, locked: true, verified: 0, message: ADDRESS_LOCKED_MESSAGE });
      vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (user.institution.settings.lockout.minutes + 1) * 60_000 });
      expect(await attempt(user, "answer", true, ip)).toMatchObject({ ok: true });
    });
  });

  it("refuses to unlock a login ID it cannot name alone", async () => {
    expect(await unlockCustomer({ institution: "kita", loginId: "nobody-here", actor: { type: "operator", id: "cli" }, ip: null })).toEqual({ ok: false, error: "no customer with login ID nobody-here at kita" });
  });

  it("counts nothing when the answer could not be checked (the bank unavailable), and shows the bank's own lockout as a lockout", async () => {
    const user = await seedLoginUser();
    const ip = freshIp();
    const unavailable = () => checkFactor({
      institution: user.institution, factor: "password", userId: user.userId, ip, deviceHash: null,
      verify: async () => { throw new Error("the bank's systems are unavailable (timeout)"); },
      wrong: { message: "x" },
    });
    const max = user.institution.settings.lockout.maxFailures;
    for (let i = 0; i < max + 2; i++) await expect(unavailable()).rejects.toThrow(/unavailable/);
    expect(await failures(user.userId, "password")).toBe(0);
    expect((await attempt(user, "password", true, ip)).ok).toBe(true); // not locked by the outage
    const lockedByBank = await checkFactor({
      institution: user.institution, factor: "password", userId: user.userId, ip, deviceHash: null,
      verify: async () => "locked", wrong: { message: "x" },
    });
    expect(lockedByBank).toEqual({ ok: false, locked: true, errors: {}, message: LOCKED_MESSAGE });
  });
});
