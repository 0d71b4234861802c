// The ID/password (+ ワンタイムパスワード) login under a crowd and under enumeration: a hundred parallel
// wrong answers record exactly the lockout's number of tries, and a login ID that names nobody answers,
// counts and locks exactly like a known one.
import { beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { ownDatabase } from "@/test/support/own-database";
import { seedLoginUser } from "@/test/support/seed-login-user";
import { db } from "@/lib/db";
import { getInstitution, type TInstitution } from "@/lib/institutions/get-institution";
import { ADDRESS_LOCKED_MESSAGE, LOCKED_MESSAGE, WRONG_LOGIN } from "@/lib/forms/messages";
import { checkPasswordLogin } from "./check-password-login";

beforeAll(() => ownDatabase({ seed: true }));

/** A client address of the test's own, so that the per-IP cap counts only this test's failures. */
const freshIp = () => `2001:db8:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

async function kitaLogin(institution: TInstitution, values: Record<string, string>, ip: string) {
  const method = institution.settings.login.corporate.find((m) => m.kind === "login-id");
  if (!method) throw new Error("kita logs in with a login ID");
  const result = await checkPasswordLogin({ institution, channel: "corporate", method, formData: form(values), ip, deviceHash: null });
  return result.ok ? "ok" : (result.state.message ?? "");
}

describe("checkPasswordLogin", () => {
  it("100 parallel wrong passwords for one user: exactly maxFailures tries recorded, the rest refused as locked", async () => {
    const user = await seedLoginUser();
    const kita = (await getInstitution("kita"))!;
    const ip = freshIp();
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => kitaLogin(kita, { loginId: user.loginId, password: `wrong-${i}` }, ip)));
    const max = kita.settings.lockout.maxFailures;
    expect(await db.loginAttempt.count({ where: { userId: user.userId, factor: "password", success: false } })).toBe(max);
    expect(answers.filter((a) => a === WRONG_LOGIN)).toHaveLength(max - 1);
    // locked by the user's counter, or — while the others' attempts are in flight — by the address's
    expect(answers.filter((a) => a === LOCKED_MESSAGE || a === ADDRESS_LOCKED_MESSAGE)).toHaveLength(100 - (max - 1));
    expect(await kitaLogin(kita, { loginId: user.loginId, password: user.password }, freshIp())).toBe(LOCKED_MESSAGE);
  });

  it("100 parallel wrong ワンタイムパスワード with the right password: exactly maxFailures tries recorded", async () => {
    const user = await seedLoginUser({ slug: "sakura", channel: "personal", totpSecret: "JBSWY3DPEHPK3PXQ" });
    const sakura = (await getInstitution("sakura"))!;
    const method = sakura.settings.login.personal[0];
    if (method.kind === "certificate") throw new Error("contract-password expected");
    const ip = freshIp();
    await Promise.all(Array.from({ length: 100 }, () =>
      checkPasswordLogin({ institution: sakura, channel: "personal", method, formData: form({ contractNumber: user.contractNumber, password: user.password, otp: "000000" }), ip, deviceHash: null })));
    expect(await db.loginAttempt.count({ where: { userId: user.userId, factor: "otp", success: false } })).toBe(sakura.settings.lockout.maxFailures);
  });

  it("answers, counts and locks a login ID that names nobody exactly like a known one", async () => {
    const kita = (await getInstitution("kita"))!;
    const user = await seedLoginUser();
    const tries = kita.settings.lockout.maxFailures + 1;
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < tries; i++) known.push(await kitaLogin(kita, { loginId: user.loginId, password: `wrong-${i}` }, freshIp()));
    for (let i = 0; i < tries; i++) unknown.push(await kitaLogin(kita, { loginId: `nobody-${user.loginId}`, password: `wrong-${i}` }, freshIp()));
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toBe(LOCKED_MESSAGE);
    expect(known[0]).toBe(WRONG_LOGIN);
  });

  it("100 parallel wrong passwords for a login ID that names nobody: exactly maxFailures tries recorded", async () => {
    const kita = (await getInstitution("kita"))!;
    const ip = freshIp();
    await Promise.all(Array.from({ length: 100 }, (_, i) => kitaLogin(kita, { loginId: `nobody-${ip}`, password: `wrong-${i}` }, ip)));
    expect(await db.loginAttempt.count({ where: { ip, factor: "password", success: false } })).toBe(kita.settings.lockout.maxFailures);
  });

  it("caps one client IP at 30 failures across login IDs, also when they come all at once", async () => {
    const kita = (await getInstitution("kita"))!;
    const ip = freshIp();
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => kitaLogin(kita, { loginId: `spray-${i}-${ip}`, password: "Password1" }, ip)));
    expect(await db.loginAttempt.count({ where: { ip, success: false } })).toBe(30);
    expect(answers.filter((a) => a === ADDRESS_LOCKED_MESSAGE)).toHaveLength(71);
  });
});
