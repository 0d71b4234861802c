// 連携サービスの確認・停止 signs in with the consent flow's risk check (lib/links/actions.ts,
// lib/auth/login-risk-reasons.ts): at kita, which asks 追加認証, a login from a browser and network the
// customer never completed a login from answers the secret question before any link is shown — the right
// password alone shows nothing — and once answered, that browser and network are known and the next login
// goes straight to the list. Real pages, no JavaScript, from a loopback address of the test's own.
import { randomInt } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { seedLoginUser } from "../support/seed-login-user";
import { ConsentBrowser } from "../support/consent-browser";

const baseUrl = inject("baseUrl");
const QUESTION = { question: "はじめて飼ったペットの名前は？", answer: "たろう" };
const LIST = "現在、連携中のサービスはありません。";

describe("連携サービスの確認・停止 at an institution that asks 追加認証", () => {
  it("asks the secret question of an unusual login before showing any link, then knows the browser", async () => {
    const user = await seedLoginUser({ answer: QUESTION });
    const browser = new ConsentBrowser(`127.0.1.${randomInt(2, 250)}`);
    let page = await browser.open(`${baseUrl}/kita/links`);
    page = await browser.submit(page, { loginId: user.loginId, password: user.password });
    expect(page.html).toContain(QUESTION.question);
    expect(page.html).not.toContain(LIST);
    // the page reloaded still owes the answer
    expect((await browser.open(`${baseUrl}/kita/links`)).html).not.toContain(LIST);
    const assessed = await db.auditEvent.findFirstOrThrow({ where: { action: "risk.assessed", targetId: user.userId }, select: { details: true } });
    expect(JSON.parse(assessed.details!)).toMatchObject({ reasons: ["new_device", "new_network"], additionalAuth: true, for: "links" });

    page = await browser.submit(page, { answer: "ちがう" });
    expect(page.html).toContain("回答が正しくありません。");
    expect(page.html).not.toContain(LIST);
    page = await browser.submit(page, { answer: QUESTION.answer });
    expect(page.html).toContain(LIST);

    // signed out and in again from the same browser and network: no question
    const logout = /name="(\$ACTION_(?:ID|REF)_[^"]+)"/.exec(page.html)![1]!; // ログアウト, the list's one form
    page = await browser.submit(page, { [logout]: "" });
    page = await browser.open(`${baseUrl}/kita/links`);
    page = await browser.submit(page, { loginId: user.loginId, password: user.password });
    expect(page.html).not.toContain(QUESTION.question);
    expect(page.html).toContain(LIST);
  });
});
