// The lockout rule every customer factor shares: counted before it is verified, refused unverified once
// locked, per factor and per user, since the factor's last success (not the PIN's: one account's right PIN
// says nothing about another's), forgotten after the window — and exact under a hundred parallel answers.
import { beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { ownDatabase } from "@/test/support/own-database";
import { seedLoginUser, type TSeededUser } from "@/test/support/seed-login-user";
import { db } from "@/lib/db";
import { LOCKED_MESSAGE } from "@/lib/forms/messages";
import { checkFactor, type TFactor } from "./check-factor";

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

describe("checkFactor", () => {
  it.each(["password", "otp", "answer", "pin"] as const)("100 parallel wrong %s answers: exactly maxFailures verified and recorded", async (factor) => {
    const user = await seedLoginUser();
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: 100 }, () => attempt(user, factor, false, ip)));
    const max = user.institution.settings.lockout.maxFailures;
    expect(results.reduce((n, r) => n + r.verified, 0)).toBe(max);
    expect(await failures(user.userId, factor)).toBe(max);
    expect(results.filter((r) => !r.ok && r.locked)).toHaveLength(100 - (max - 1));
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

  it("forgets failures once the window is over", async () => {
    const user = await seedLoginUser();
    const max = user.institution.settings.lockout.maxFailures;
    for (let i = 0; i < max; i++) await attempt(user, "password", false);
    expect((await attempt(user, "password", true)).ok).toBe(false);
    await db.rateLimit.updateMany({ where: { key: `user:${user.userId}:password` }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect((await attempt(user, "password", true)).ok).toBe(true);
  });
});
