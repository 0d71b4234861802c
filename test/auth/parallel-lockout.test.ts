// Lockouts under a crowd, through the real screens and the real operator sign-in: a hundred simultaneous
// wrong answers of each factor record exactly the lockout's number of tries, and a right PIN for one
// account does not give another account's PIN more guesses. Each test connects from a loopback address
// of its own, so its failures count against its own client IP.
import { describe, expect, inject, it } from "vitest";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/crypto/password";
import { ADDRESS_LOCKED_MESSAGE, LOCKED_MESSAGE } from "@/lib/forms/messages";
import { seedLoginUser } from "../support/seed-login-user";
import { ConsentBrowser, openConsentFlow, type TScreen } from "../support/consent-browser";
import { signInOperator } from "../support/operator-sign-in";

const QUESTION = { question: "はじめて飼ったペットの名前は？", answer: "たろう" };
// one address per browser, never reused within the run (a reused one would carry another test's failures)
let lastAddress = randomInt(2, 120);
const ownAddress = () => `127.0.0.${++lastAddress}`;

const failures = (userId: string, factor: string) => db.loginAttempt.count({ where: { userId, factor, success: false } });
const heading = (screen: TScreen) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(screen.html)?.[1] ?? "";

/** A fresh browser through the kita login (and 追加認証, when `answer`), to the step that follows. */
async function loggedIn(user: Awaited<ReturnType<typeof seedLoginUser>>, options: { answer?: boolean } = {}) {
  const browser = new ConsentBrowser(ownAddress());
  let screen = await openConsentFlow(browser, "kita");
  screen = await browser.submit(screen, { loginId: user.loginId, password: user.password });
  expect(heading(screen)).toContain("追加認証");
  if (options.answer) screen = await browser.submit(screen, { answer: QUESTION.answer });
  return { browser, screen };
}

// a hundred scrypt verifications and page renders on a shared two-core machine take their time
describe("lockouts under 100 parallel wrong answers", { timeout: 120_000 }, () => {
  it("the login form's password: exactly maxFailures tries recorded", async () => {
    const user = await seedLoginUser({ answer: QUESTION });
    const browser = new ConsentBrowser(ownAddress());
    const login = await openConsentFlow(browser, "kita");
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => browser.submit(login, { loginId: user.loginId, password: `wrong-${i}` })));
    expect(await failures(user.userId, "password")).toBe(user.institution.settings.lockout.maxFailures);
    expect(await db.loginAttempt.count({ where: { userId: user.userId, ip: { not: browser.address } } })).toBe(0);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // locked by the user's counter, or — while the others' attempts are in flight — by the address's
    expect(answers.filter((a) => a.html.includes(LOCKED_MESSAGE) || a.html.includes(ADDRESS_LOCKED_MESSAGE)).length).toBeGreaterThan(90);
  });

  it("one client IP across 100 login IDs: exactly 30 tries recorded (the per-IP cap)", async () => {
    const browser = new ConsentBrowser(ownAddress());
    const login = await openConsentFlow(browser, "kita");
    await Promise.all(Array.from({ length: 100 }, (_, i) => browser.submit(login, { loginId: `spray-${i}-${browser.address}`, password: "Password1" })));
    expect(await db.loginAttempt.count({ where: { ip: browser.address, success: false } })).toBe(30);
  });

  it("the ワンタイムパスワード after a right password: exactly maxFailures tries recorded", async () => {
    const user = await seedLoginUser({ slug: "sakura", channel: "personal", totpSecret: "JBSWY3DPEHPK3PXQ" });
    const browser = new ConsentBrowser(ownAddress());
    const login = await openConsentFlow(browser, "sakura", { channel: "personal" });
    await Promise.all(Array.from({ length: 100 }, () => browser.submit(login, { contractNumber: user.contractNumber, password: user.password, otp: "000000" })));
    expect(await failures(user.userId, "otp")).toBe(user.institution.settings.lockout.maxFailures);
  });

  it("the 追加認証 answer: exactly maxFailures tries recorded", async () => {
    const user = await seedLoginUser({ answer: QUESTION });
    const { browser, screen } = await loggedIn(user);
    await Promise.all(Array.from({ length: 100 }, (_, i) => browser.submit(screen, { answer: `ちがう-${i}` })));
    expect(await failures(user.userId, "answer")).toBe(user.institution.settings.lockout.maxFailures);
    const locked = await browser.submit(screen, { answer: QUESTION.answer });
    expect(locked.html).toContain(LOCKED_MESSAGE);
  });

  it("the 照会用暗証番号: exactly maxFailures tries recorded", async () => {
    const user = await seedLoginUser({ answer: QUESTION, accounts: 1 });
    const { browser, screen } = await loggedIn(user, { answer: true });
    expect(heading(screen)).toContain("照会用暗証番号登録");
    const [account] = user.accounts;
    await Promise.all(Array.from({ length: 100 }, () => browser.submit(screen, { [`select_${account.id}`]: "on", [`pin_${account.id}`]: "9999" })));
    expect(await failures(user.userId, "pin")).toBe(user.institution.settings.lockout.maxFailures);
  });

  it("a right PIN for one account does not clear the failures of another", async () => {
    const user = await seedLoginUser({ answer: QUESTION, accounts: 2 });
    const { browser, screen } = await loggedIn(user, { answer: true });
    const [first, second] = user.accounts;
    const max = user.institution.settings.lockout.maxFailures;
    let pins = screen;
    for (let i = 0; i < max - 1; i++) {
      pins = await browser.submit(pins, { [`select_${second.id}`]: "on", [`pin_${second.id}`]: "9999", [`select_${first.id}`]: "" });
      expect(pins.html).toContain("照会用暗証番号が正しくありません。");
    }
    // the first account's right PIN, then the second's wrong one: the lockout's last try
    pins = await browser.submit(pins, { [`select_${first.id}`]: "on", [`pin_${first.id}`]: "1234", [`select_${second.id}`]: "on", [`pin_${second.id}`]: "9999" });
    expect(pins.html).toContain(LOCKED_MESSAGE);
    pins = await browser.submit(pins, { [`select_${second.id}`]: "on", [`pin_${second.id}`]: "1234" });
    expect(pins.html).toContain(LOCKED_MESSAGE);
    expect(await failures(user.userId, "pin")).toBe(max);
  });
});

describe("the operator sign-in under 100 parallel wrong passwords", { timeout: 120_000 }, () => {
  const signIn = async (loginId: string, password: string) => (await signInOperator(inject("baseUrl"), loginId, password)) !== null;
  const audited = async (loginId: string) => {
    const rows = await db.auditEvent.findMany({ where: { action: "operator.login.failure", actorId: loginId }, select: { details: true } });
    return { tried: rows.filter((r) => !r.details.includes("locked")).length, refused: rows.filter((r) => r.details.includes("locked")).length };
  };

  it.each([["a known ID", true], ["an ID that names nobody", false]])("%s: exactly 5 tries, the rest refused as locked", async (_, known) => {
    const loginId = `ops-parallel-${randomInt(1e9)}`;
    if (known) await db.operator.create({ data: { loginId, name: "並列テスト", passwordHash: await hashSecret("Operator-pass-9") } });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(loginId, `wrong-${i}`)));
    expect(results.some(Boolean)).toBe(false);
    expect(await audited(loginId)).toEqual({ tried: 5, refused: 95 });
    if (known) expect(await signIn(loginId, "Operator-pass-9")).toBe(false);
  });
});
