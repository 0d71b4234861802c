// きた信用組合 (docs/seeds/002, 004): every step. One file, run in order, because these tests share the demo
// user kita-user1 and its accounts' 照会用暗証番号 states (the first test needs two 未登録 accounts).
import { expect, test, type Page } from "@playwright/test";
import { callbackUrl, registerPinsIfAsked, shot } from "./helpers/screens";
import { certificate, startFlow, ORIGIN } from "./helpers/start-flow";
import { kitaLoginThroughOperations } from "./helpers/kita-login";

test.describe.configure({ mode: "serial" });

async function consentAndFinish(page: Page, flow: Awaited<ReturnType<typeof startFlow>>, name: string) {
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await expect(page.getByText("・口座連携の有効期限は90日間です。")).toBeVisible();
  await shot(page, `${name}-consent`);
  await page.getByRole("button", { name: "許可" }).click();
  // the checkbox must be ticked: the browser refuses the submit and the page stays
  await expect(page).toHaveURL(/\/consent$/);
  expect(await page.getByLabel("許可手続きを継続する").evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
  await page.getByLabel("許可手続きを継続する").check();
  await page.getByRole("button", { name: "許可" }).click();
  const callback = await callbackUrl(page);
  expect(callback.searchParams.get("state")).toBe(flow.state);
  expect(callback.searchParams.get("iss")).toBe(`${ORIGIN}/kita`);
  return flow.exchange(callback.toString());
}

test("kita: ログインID → 追加認証 on a new device → 認可業務選択 → 照会用暗証番号 (wrong, right, 追加登録) → 許可", async ({ page }) => {
  const flow = await startFlow("kita");
  await page.goto(flow.url);
  await expect(page.getByRole("heading", { name: "API連携認証（利用登録）" })).toBeVisible();
  await shot(page, "kita-login");
  await page.getByLabel("ログインID").fill("kita-user1");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();

  await expect(page.getByText("はじめて飼ったペットの名前は？")).toBeVisible();
  await shot(page, "kita-additional-auth");
  await page.getByLabel("回答").fill("たま");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("回答が正しくありません。")).toBeVisible();
  await page.getByLabel("回答").fill("ぽち");
  await page.getByRole("button", { name: "認証", exact: true }).click();

  await expect(page.getByRole("heading", { name: "API連携認証（認可業務選択）（利用登録）" })).toBeVisible();
  await shot(page, "kita-operations");
  await page.getByLabel("残高照会").uncheck();
  await page.getByLabel("入出金明細照会").uncheck();
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("利用業務を1つ以上選択してください。")).toBeVisible();
  await page.getByLabel("残高照会").check();
  await page.getByLabel("入出金明細照会").check();
  await page.getByRole("button", { name: "次へ" }).click();

  await expect(page.getByRole("table", { name: "口座一覧" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "登録済み" })).toHaveCount(1);
  await expect(page.getByRole("cell", { name: "未登録" })).toHaveCount(2);
  await shot(page, "kita-pins");
  // only one account this time, with a wrong PIN first
  await page.getByLabel("豊洲支店(454) 当座 1000014を選択").uncheck();
  await page.getByLabel("本所営業部(002) 普通 1111111の照会用暗証番号").fill("9999");
  await page.getByRole("button", { name: "登録" }).click();
  await expect(page.getByText("照会用暗証番号が正しくありません。")).toBeVisible();
  await page.getByLabel("本所営業部(002) 普通 1111111の照会用暗証番号").fill("1234");
  await page.getByRole("button", { name: "登録" }).click();

  await expect(page.getByRole("heading", { name: "API連携認証（照会用暗証番号登録結果）" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "登録済み*" })).toHaveCount(1);
  await shot(page, "kita-pins-result");
  await page.getByRole("button", { name: "照会用暗証番号の追加登録" }).click();
  await page.getByLabel("豊洲支店(454) 当座 1000014の照会用暗証番号").fill("1234");
  await page.getByRole("button", { name: "登録" }).click();
  await expect(page.getByRole("cell", { name: "登録済み*" })).toHaveCount(2);
  await page.getByRole("button", { name: "確認" }).click();

  await expect(page.getByRole("heading", { name: "API連携認証（情報アクセス許可）（利用登録）" })).toBeVisible();
  await expect(page.getByRole("button", { name: "戻る" })).toBeVisible();
  const tokens = await consentAndFinish(page, flow, "kita");
  expect(tokens.scope).toBe("balances transactions");

  // the same browser again: a known device, so no 追加認証 this time
  const again = await startFlow("kita", { scope: "balances" });
  await page.goto(again.url);
  await page.getByLabel("ログインID").fill("kita-user1");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();
  await expect(page.getByRole("heading", { name: "API連携認証（情報アクセス許可）（利用登録）" })).toBeVisible();
});

test("kita: a login abandoned at 追加認証 leaves the browser unknown, so the second try is asked again", async ({ page }) => {
  const logIn = async () => {
    await page.goto((await startFlow("kita", { scope: "balances" })).url);
    await page.getByLabel("ログインID").fill("kita-user1");
    await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
    await page.getByRole("button", { name: "API連携" }).click();
  };
  // a fresh browser (this test's own context): a new device
  await logIn();
  await expect(page.getByRole("heading", { level: 1, name: "API連携認証（追加認証）（利用登録）" })).toBeVisible();
  // abandoned here: a second flow in the same browser, the password alone again
  await logIn();
  await expect(page.getByRole("heading", { level: 1, name: "API連携認証（追加認証）（利用登録）" })).toBeVisible();
  await expect(page.getByText("はじめて飼ったペットの名前は？")).toBeVisible();
  await shot(page, "kita-additional-auth-second-try");
  // answered this time: every step asked for passed, so the third login is not asked
  await page.getByLabel("回答").fill("ぽち");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /照会用暗証番号登録|情報アクセス許可/ })).toBeVisible();
  await logIn();
  await expect(page.getByRole("heading", { level: 1, name: /照会用暗証番号登録|情報アクセス許可/ })).toBeVisible();
});


test("kita: 電子証明書ログイン, then ログインパスワード and API連携", async ({ browser }) => {
  const context = await browser.newContext({ clientCertificates: [certificate("kita-kita-user1")], ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const flow = await startFlow("kita", { scope: "balances" });
  await page.goto(flow.url);
  await expect(page.getByText("電子証明書方式のお客さま")).toBeVisible();
  await page.getByRole("button", { name: "電子証明書ログイン" }).click();
  await expect(page.getByRole("button", { name: "API連携" })).toBeVisible();
  await shot(page, "kita-certificate-password");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();
  await page.getByLabel("回答").fill("ぽち"); // a new device: 追加認証
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await registerPinsIfAsked(page);
  expect((await consentAndFinish(page, flow, "kita-certificate")).access_token).toBeTruthy();
  await context.close();
});

test("キャンセル on 追加認証, 認可業務選択, and 戻る on アクセス許可 at kita", async ({ page }) => {
  for (const stop of ["additional-auth", "operations", "consent"] as const) {
    const flow = await startFlow("kita");
    await page.context().clearCookies();
    await page.goto(flow.url);
    await page.getByLabel("ログインID").fill("kita-user1");
    await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
    await page.getByRole("button", { name: "API連携" }).click();
    if (stop !== "additional-auth") {
      await page.getByLabel("回答").fill("ぽち");
      await page.getByRole("button", { name: "認証", exact: true }).click();
    }
    if (stop === "consent") {
      await page.getByRole("button", { name: "次へ" }).click();
      await registerPinsIfAsked(page);
    }
    // wait until the step is really on screen: a click while the previous step's redirect is still in
    // flight would land on the page that is going away
    const heading = { "additional-auth": /追加認証/, operations: /認可業務選択/, consent: /情報アクセス許可/ }[stop];
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await page.getByRole("button", { name: stop === "consent" ? "戻る" : "キャンセル" }).click();
    const callback = await callbackUrl(page);
    expect(callback.searchParams.get("error"), stop).toBe("access_denied");
  }
});


test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("kita completes every step", async ({ page }) => {
    const flow = await startFlow("kita");
    await page.goto(flow.url);
    await kitaLoginThroughOperations(page);
    await registerPinsIfAsked(page);
    await page.getByLabel("許可手続きを継続する").check();
    await page.getByRole("button", { name: "許可" }).click();
    const callback = await callbackUrl(page);
    expect((await flow.exchange(callback.toString())).access_token).toBeTruthy();
  });
});
