// Every demo login of DESIGN.md §7, walked in Chromium from the aggregator's PAR to its redirect_uri,
// and the code accepted by the token endpoint. Labels and buttons are the seeds' own words.
import { expect, test, type Page } from "@playwright/test";
import { callbackUrl, registerPinsIfAsked, shot } from "./helpers/screens";
import { certificate, startFlow, totp, ORIGIN } from "./helpers/start-flow";

async function consentAndFinish(page: Page, flow: Awaited<ReturnType<typeof startFlow>>, name: string, checkbox: RegExp) {
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await expect(page.getByText("・口座連携の有効期限は90日間です。")).toBeVisible();
  await expect(page.getByText("・有効期限内に許可を解除する場合は、ご利用の外部サービスにてお手続きください。")).toBeVisible();
  await shot(page, `${name}-consent`);
  await page.getByRole("button", { name: "許可" }).click();
  await expect(page.getByText(/にチェックしてください。/).first()).toBeVisible(); // the checkbox must be ticked
  await page.getByLabel(checkbox).check();
  await page.getByRole("button", { name: "許可" }).click();
  const callback = await callbackUrl(page);
  expect(callback.searchParams.get("code")).toBeTruthy();
  expect(callback.searchParams.get("state")).toBe(flow.state);
  expect(callback.searchParams.get("iss")).toBe(`${ORIGIN}/${name.split("-")[0]}`);
  const tokens = await flow.exchange(callback.toString());
  expect(tokens.access_token).toBeTruthy();
  return tokens;
}

test("sakura 個人: 契約者ID + パスワード + ワンタイムパスワード", async ({ page }) => {
  const flow = await startFlow("sakura", { channel: "personal" });
  await page.goto(flow.url);
  await expect(page.getByText("※当画面は、さくら信用金庫のWebサイトです。")).toBeVisible();
  await expect(page.getByText("※「キャンセル」ボタン押下後は、外部サービスの画面へ戻ります。")).toBeVisible();
  await shot(page, "sakura-personal-login");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("契約者IDを入力してください。")).toBeVisible(); // instant feedback beside the field
  await page.getByLabel("契約者ID").fill("1000000001");
  await page.getByLabel("パスワード", { exact: true }).fill("Demo-pass-1");
  await page.getByLabel("ワンタイムパスワード").fill(totp(0));
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await consentAndFinish(page, flow, "sakura-personal", /しんきんインターネットバンキングAPIサービス利用規定に同意しました。/);
});

test("sakura 法人: 契約者ID(利用者番号) + 利用者ID + 利用者暗証番号, a wrong password first", async ({ page }) => {
  const flow = await startFlow("sakura", { channel: "corporate" });
  await page.goto(flow.url);
  await expect(page.getByRole("button", { name: "次へ" })).toBeVisible();
  await expect(page.getByRole("button", { name: "クリア" })).toBeVisible();
  await shot(page, "sakura-corporate-login");
  await page.getByLabel("契約者ID(利用者番号)").fill("2000000001");
  await page.getByLabel("利用者ID").fill("admin01");
  await page.getByLabel("利用者暗証番号").fill("wrong-password");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("入力された内容に誤りがあります。")).toBeVisible();
  await expect(page.getByLabel("契約者ID(利用者番号)")).toHaveValue("2000000001"); // kept, the secret is not
  await expect(page.getByLabel("利用者暗証番号")).toHaveValue("");
  await page.getByLabel("利用者暗証番号").fill("Demo-pass-2");
  await page.getByRole("button", { name: "次へ" }).click();
  await consentAndFinish(page, flow, "sakura-corporate", /しんきんAPIサービス利用規約に同意しました。/);
});

test("minato 個人: 契約者ID + パスワード + ワンタイムパスワード", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "personal" });
  await page.goto(flow.url);
  await expect(page.getByText("※当画面は、みなと信用金庫のWebサイトです。")).toBeVisible();
  await page.getByLabel("契約者ID").fill("1000000002");
  await page.getByLabel("パスワード", { exact: true }).fill("Demo-pass-1");
  await page.getByLabel("ワンタイムパスワード").fill(totp(0));
  await shot(page, "minato-personal-login");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await consentAndFinish(page, flow, "minato-personal", /利用規定に同意しました。/);
});

test("minato 法人 (WEB-FB): お客様ID + ログインパスワード", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "corporate" });
  await page.goto(flow.url);
  await expect(page.getByText("※ お客様ID、パスワードは英字の大文字と小文字を区別しますので、ご注意ください。")).toBeVisible();
  await expect(page.getByRole("button", { name: "電子証明書認証" })).toBeVisible();
  await shot(page, "minato-corporate-login");
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await consentAndFinish(page, flow, "minato-corporate", /しんきんAPIサービス利用規約に同意しました。/);
});

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
  const tokens = await consentAndFinish(page, flow, "kita", /許可手続きを継続する/);
  expect(tokens.scope).toBe("balances transactions");

  // the same browser again: a known device, so no 追加認証 this time
  const again = await startFlow("kita", { scope: "balances" });
  await page.goto(again.url);
  await page.getByLabel("ログインID").fill("kita-user1");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();
  await expect(page.getByRole("heading", { name: "API連携認証（情報アクセス許可）（利用登録）" })).toBeVisible();
});

for (const [slug, file, button, thenPassword] of [
  ["sakura", "sakura-admin01", "認証", null],
  ["minato", "minato-CORP0002", "電子証明書認証", null],
  ["kita", "kita-kita-user1", "電子証明書ログイン", "Demo-pass-3"],
] as const) {
  test(`${slug}: 電子証明書 login with a real TLS client certificate`, async ({ browser }) => {
    const context = await browser.newContext({ clientCertificates: [certificate(file)], ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const flow = await startFlow(slug, slug === "kita" ? { scope: "balances" } : { channel: "corporate" });
    await page.goto(flow.url);
    await expect(page.getByText("電子証明書方式のお客さま")).toBeVisible();
    await page.getByRole("button", { name: button, exact: true }).click();
    if (thenPassword) {
      await expect(page.getByRole("button", { name: "API連携" })).toBeVisible();
      await shot(page, `${slug}-certificate-password`);
      await page.getByLabel("ログインパスワード").fill(thenPassword);
      await page.getByRole("button", { name: "API連携" }).click();
      await page.getByLabel("回答").fill("ぽち"); // a new device: 追加認証
      await page.getByRole("button", { name: "認証", exact: true }).click();
      await registerPinsIfAsked(page);
    }
    await consentAndFinish(page, flow, `${slug}-certificate`, slug === "kita" ? /許可手続きを継続する/ : /に同意しました。/);
    await context.close();
  });
}

test("a browser without a certificate is told so, and can still use the password login", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "corporate" });
  await page.goto(flow.url);
  await page.getByRole("button", { name: "電子証明書認証" }).click();
  await expect(page.getByText("電子証明書が確認できませんでした。")).toBeVisible();
  await expect(page.getByLabel("お客様ID")).toBeVisible();
});
