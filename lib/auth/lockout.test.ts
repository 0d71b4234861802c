import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { db } from "@/lib/db";
import { randomToken } from "@/lib/crypto/hash-token";
import { ZInstitutionSettings } from "@/lib/institutions/settings";
import { isLocked } from "./lockout";
import { recordAttempt } from "./record-attempt";

// A user of its own per test, so the counts are this test's alone.
async function freshUser() {
  const institution = await db.institution.findUniqueOrThrow({ where: { slug: "kita" } });
  const tag = randomToken().slice(0, 12);
  const contract = await db.contract.create({ data: { institutionId: institution.id, channel: "corporate", contractNumber: `T-${tag}`, holderName: "テスト", holderNameKana: "テスト" } });
  const user = await db.user.create({ data: { institutionId: institution.id, contractId: contract.id, loginId: `t-${tag}`, displayName: "テスト", passwordHash: "x" } });
  const settings = ZInstitutionSettings.parse(JSON.parse(institution.settings));
  return { institutionId: institution.id, userId: user.id, settings };
}


beforeAll(() => ownDatabase({ seed: true }));

describe("lockout", () => {
  it("locks a factor after maxFailures failures within the window, only that factor, and only for that user", async () => {
    const { institutionId, userId, settings } = await freshUser();
    const other = await freshUser();
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < settings.lockout.maxFailures - 1; i++) await recordAttempt({ institutionId, userId, factor: "password", success: false, ip, deviceHash: null });
    expect(await isLocked(settings, { userId, factor: "password", ip })).toBe(false);
    await recordAttempt({ institutionId, userId, factor: "password", success: false, ip, deviceHash: null });
    expect(await isLocked(settings, { userId, factor: "password", ip })).toBe(true);
    expect(await isLocked(settings, { userId, factor: "pin", ip })).toBe(false);
    expect(await isLocked(settings, { userId: other.userId, factor: "password", ip })).toBe(false);
  });
  it("counts only the failures since the factor's last success", async () => {
    const { institutionId, userId, settings } = await freshUser();
    const ip = "203.0.113.9";
    for (let i = 0; i < 3; i++) await recordAttempt({ institutionId, userId, factor: "pin", success: false, ip, deviceHash: null });
    await recordAttempt({ institutionId, userId, factor: "pin", success: true, ip, deviceHash: null });
    for (let i = 0; i < settings.lockout.maxFailures - 1; i++) await recordAttempt({ institutionId, userId, factor: "pin", success: false, ip, deviceHash: null });
    expect(await isLocked(settings, { userId, factor: "pin", ip })).toBe(false);
  });
  it("forgets failures older than the window", async () => {
    const { institutionId, userId, settings } = await freshUser();
    const old = new Date(Date.now() - (settings.lockout.minutes + 1) * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: settings.lockout.maxFailures }, () => ({ institutionId, userId, factor: "otp", success: false, ip: "203.0.113.10", ipPrefix: "203.0.113.0/24", createdAt: old })),
    });
    expect(await isLocked(settings, { userId, factor: "otp", ip: "203.0.113.10" })).toBe(false);
  });
});
