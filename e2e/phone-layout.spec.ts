// At 390 px (a phone): every page of the customer's flow at all three institutions, the authorization
// error page, the ended page, the not-found page, 連携サービスの確認・停止 in each state, 連携先一覧, the
// guide and the demo's result — none scrolls sideways (the document is no wider than the viewport), each
// passes axe, and each institution page's <title> names the institution. Screenshots of every one are
// kept in test-results/screenshots/phone/.
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { otpLogin } from "./helpers/otp-login";
import { callbackUrl, shot } from "./helpers/screens";
import { certificate, startFlow } from "./helpers/start-flow";
import { kitaLoginThroughOperations } from "./helpers/kita-login";
import { E2E_DB_FILE } from "./helpers/db";

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const NAMES: Record<string, string> = { sakura: "さくら信用金庫", minato: "みなと信用金庫", kita: "きた信用組合" };

/** The checks of every page: no sideways scroll, axe clean, the institution in the tab; and a screenshot. */
async function fits(page: Page, name: string, slug?: string) {
  await page.waitForLoadState("load");
  // after a step's form is sent, the next page's title arrives with its streamed metadata: wait for it
  await expect(page, `${name} <title>`).toHaveTitle(slug ? new RegExp(NAMES[slug]!) : /\S/);
  const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(scrollWidth, `${name} scrolls sideways`).toBeLessThanOrEqual(viewport);
  // the guide's step frames are preview screens, each checked on its own (e2e/preview.spec.ts)
  const { violations } = await new AxeBuilder({ page }).exclude("iframe").analyze();
  expect(violations.map((v) => `${name}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
  await shot(page, `phone/${name}`);
}

async function allow(page: Page, checkbox: RegExp) {
  await page.getByLabel(checkbox).check();
  await page.getByRole("button", { name: "許可" }).click();
  return callbackUrl(page);
}

test("sakura: 個人・法人の選択, ログイン (and its error), アクセス許可, the ended page, the refusal page", async ({ page }) => {
  const flow = await startFlow("sakura");
  await page.goto(flow.url);
  await expect(page.getByRole("button", { name: "個人のお客さま" })).toBeVisible();
  await fits(page, "sakura-channel", "sakura");
  await page.getByRole("button", { name: "個人のお客さま" }).click();
  await expect(page.getByLabel("ワンタイムパスワード")).toBeVisible();
  await fits(page, "sakura-personal-login", "sakura");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("契約者IDを入力してください。")).toBeVisible();
  await fits(page, "sakura-personal-login-error", "sakura");
  await otpLogin(page, "1000000001");
  await expect(page.getByRole("link", { name: "連携サービスの確認・停止" })).toBeVisible(); // where to stop it at the bank
  await fits(page, "sakura-personal-consent", "sakura");
  const interaction = page.url().replace(/\/consent$/, "");
  await allow(page, /利用規定に同意しました。/);
  await page.goto(interaction);
  await expect(page.getByText("お手続きは完了しています")).toBeVisible();
  await fits(page, "sakura-ended", "sakura");

  await page.goto("/sakura/oauth/authorize?client_id=nobody&request_uri=urn:ietf:params:oauth:request_uri:nothing");
  await expect(page.getByRole("heading", { name: "お手続きを開始できません" })).toBeVisible();
  await fits(page, "sakura-authorization-error", "sakura");
});

test("sakura 法人 and minato 個人・法人: ログイン and アクセス許可", async ({ page }) => {
  const corporate = await startFlow("sakura", { channel: "corporate" });
  await page.goto(corporate.url);
  await fits(page, "sakura-corporate-login", "sakura");
  await page.getByLabel("契約者ID(利用者番号)").fill("2000000001");
  await page.getByLabel("利用者ID").fill("admin01");
  await page.getByLabel("利用者暗証番号").fill("Demo-pass-2");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await fits(page, "sakura-corporate-consent", "sakura");

  const personal = await startFlow("minato", { channel: "personal" });
  await page.goto(personal.url);
  await fits(page, "minato-personal-login", "minato");
  await otpLogin(page, "1000000002");
  await fits(page, "minato-personal-consent", "minato");

  const fb = await startFlow("minato", { channel: "corporate" });
  await page.goto(fb.url);
  await expect(page.getByRole("button", { name: "電子証明書認証" })).toBeVisible();
  await fits(page, "minato-corporate-login", "minato");
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await fits(page, "minato-corporate-consent", "minato");
  await allow(page, /に同意しました。/);
});

test("kita: ログイン, 追加認証, 認可業務選択, 照会用暗証番号登録 (and its error), 登録結果, アクセス許可", async ({ page }) => {
  // two accounts 未登録 again, so that 照会用暗証番号登録 is asked (earlier specs registered them)
  const db = new Database(E2E_DB_FILE);
  db.prepare(`UPDATE "Account" SET "pinRegisteredAt" = NULL WHERE "accountNumber" IN ('1111111', '1000014') AND "institutionId" = (SELECT id FROM "Institution" WHERE slug = 'kita')`).run();
  db.close();
  const flow = await startFlow("kita");
  await page.goto(flow.url);
  await fits(page, "kita-login", "kita");
  await page.getByLabel("ログインID").fill("kita-user1");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();
  await expect(page.getByText("はじめて飼ったペットの名前は？")).toBeVisible();
  await fits(page, "kita-additional-auth", "kita");
  await page.getByLabel("回答").fill("ぽち");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("heading", { name: /認可業務選択/ })).toBeVisible();
  await fits(page, "kita-operations", "kita");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByRole("heading", { name: /照会用暗証番号登録/ })).toBeVisible();
  await fits(page, "kita-pins", "kita");
  await page.getByLabel("本所営業部(002) 普通 1111111の照会用暗証番号").fill("9999");
  await page.getByLabel("豊洲支店(454) 当座 1000014の照会用暗証番号").fill("1234");
  await page.getByRole("button", { name: "登録" }).click();
  await expect(page.getByText("照会用暗証番号が正しくありません。")).toBeVisible();
  await fits(page, "kita-pins-error", "kita");
  await page.getByLabel("本所営業部(002) 普通 1111111の照会用暗証番号").fill("1234");
  await page.getByRole("button", { name: "登録" }).click();
  await expect(page.getByRole("button", { name: "確認" })).toBeVisible();
  await fits(page, "kita-pins-result", "kita");
  await page.getByRole("button", { name: "確認" }).click();
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await fits(page, "kita-consent", "kita");
  await allow(page, /許可手続きを継続する/);
});

test("kita: 電子証明書 then ログインパスワード", async ({ browser }) => {
  const context = await browser.newContext({ clientCertificates: [certificate("kita-kita-user1")], ignoreHTTPSErrors: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const flow = await startFlow("kita", { scope: "balances" });
  await page.goto(flow.url);
  await page.getByRole("button", { name: "電子証明書ログイン" }).click();
  await expect(page.getByLabel("ログインパスワード")).toBeVisible();
  await fits(page, "kita-certificate-password", "kita");
  await context.close();
});

test("連携サービスの確認・停止, 連携先一覧, the guide and the not-found page at every institution", async ({ page }) => {
  for (const slug of Object.keys(NAMES)) {
    await page.goto(`/${slug}/links`);
    await fits(page, `${slug}-links-login`, slug);
    await page.goto(`/${slug}/partners`);
    await expect(page.getByRole("heading", { name: "連携先の一覧" })).toBeVisible();
    await fits(page, `${slug}-partners`, slug);
    await page.goto(`/${slug}`);
    await fits(page, `${slug}-guide`, slug);
    const missing = await page.goto(`/${slug}/no-such-page`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
    await expect(page.locator("title")).toHaveCount(1); // after hydration too: one title, the institution's
    await expect(page).toHaveTitle(`ページが見つかりません｜${NAMES[slug]}`);
    await fits(page, `${slug}-not-found`, slug);
  }
  // signed in, with the link minato 法人 made above: the list, the confirmation, and after stopping it
  await page.goto("/minato/links");
  const corporate = page.getByRole("region", { name: "WEB-FB" });
  await corporate.getByLabel("お客様ID").fill("CORP0002");
  await corporate.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await corporate.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("link", { name: /との連携を停止/ }).first()).toBeVisible();
  await fits(page, "minato-links", "minato");
  await page.getByRole("link", { name: /との連携を停止/ }).first().click();
  await expect(page.getByText("との連携を停止しますか？")).toBeVisible();
  await fits(page, "minato-links-confirm", "minato");
  await page.getByRole("button", { name: "停止する" }).click();
  await expect(page.getByText(/との連携を停止しました。/)).toBeVisible();
  await fits(page, "minato-links-stopped", "minato");
});

test("the demo's result, and again after a reload, names the institution", async ({ page }) => {
  await page.goto("/demo");
  await page.getByLabel("きた信用組合").check();
  await page.getByRole("button", { name: "金融機関と連携する" }).click();
  await kitaLoginThroughOperations(page);
  await page.getByLabel("許可手続きを継続する").check();
  await page.getByRole("button", { name: "許可" }).click();
  await expect(page.getByRole("heading", { name: "連携結果（きた信用組合）" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "残高" })).toBeVisible();
  await fits(page, "demo-result");
  await page.reload();
  await expect(page.getByRole("heading", { name: "連携結果（きた信用組合）" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "残高" })).toBeVisible();
  await fits(page, "demo-result-reloaded");
});

test("/docs at 390 px", async ({ page }) => {
  await page.goto("/docs");
  await fits(page, "docs");
});
