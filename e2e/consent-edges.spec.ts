// キャンセル at each step, lockout (warned before the last try, until unlocked), an expired interaction, the back button, a foreign browser, and the
// whole flow with JavaScript turned off.
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { otpLogin } from "./helpers/otp-login";
import { expect, test } from "@playwright/test";
import { callbackUrl, shot } from "./helpers/screens";
import { startFlow, totp } from "./helpers/start-flow";
import { E2E_DB_FILE } from "./helpers/db";


test("キャンセル on the login step returns error=access_denied with state and iss", async ({ page }) => {
  const flow = await startFlow("sakura", { channel: "corporate" });
  await page.goto(flow.url);
  await page.getByRole("button", { name: "キャンセル" }).click();
  const callback = await callbackUrl(page);
  expect(callback.searchParams.get("error")).toBe("access_denied");
  expect(callback.searchParams.get("state")).toBe(flow.state);
  expect(callback.searchParams.get("iss")).toMatch(/\/sakura$/);
  // the interaction is over: going back shows a clear page, not the form
  await page.goBack();
  await expect(page.getByText("お手続きは中止されました")).toBeVisible();
});

test("許可 without the checkbox is refused beside it in Japanese, not in the browser's words, and the customer can still consent", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "corporate" });
  await page.goto(flow.url);
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await page.getByRole("button", { name: "許可" }).click();
  await expect(page).toHaveURL(/\/consent$/); // refused in the page: nothing was sent
  const message = "「しんきんAPIサービス利用規約に同意しました。」にチェックしてください。";
  await expect(page.locator("#agree-error")).toHaveText(message);
  await expect(page.getByLabel(/に同意しました。/)).toHaveAttribute("aria-describedby", "agree-error");
  await page.getByLabel(/に同意しました。/).check();
  await page.getByRole("button", { name: "許可" }).click();
  const callback = await callbackUrl(page);
  expect(callback.searchParams.get("code")).toBeTruthy();
});

test("five wrong passwords lock the login, in plain Japanese, warned before the last try, until the bank unlocks it", async ({ page }) => {
  const flow = await startFlow("sakura", { channel: "corporate" });
  await page.goto(flow.url);
  const password = page.getByLabel("利用者暗証番号");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("契約者ID(利用者番号)").fill("2000000001");
    await page.getByLabel("利用者ID").fill("user02");
    await password.fill(`wrong-${i}`);
    await page.getByRole("button", { name: "次へ" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /。/ })).toBeVisible();
    // the fourth wrong password: one more locks it, said beside the field
    if (i === 3) await expect(password).toHaveAccessibleDescription("あと1回誤るとご利用いただけなくなります。");
    if (i < 3) await expect(page.getByText("あと1回誤ると")).toHaveCount(0);
  }
  await expect(page.getByText("ログインに連続して失敗したため、ご利用を停止しています。お取引店までお問い合わせください。")).toBeVisible();
  // even the right password is refused while locked
  await page.getByLabel("利用者ID").fill("user02");
  await password.fill("Demo-pass-2");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("ご利用を停止しています")).toBeVisible();
  await shot(page, "sakura-lockout");

  // the bank unlocks it (audited), and the right password opens it again
  const unlock = spawnSync(path.resolve(__dirname, "../node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/renkei.ts", "customer", "unlock", "--institution", "sakura", "--login", "user02", "--contract", "2000000001"], {
    cwd: path.resolve(__dirname, ".."), env: { ...process.env, DATABASE_URL: `file:${E2E_DB_FILE}` }, encoding: "utf8",
  });
  expect(unlock.stdout + unlock.stderr).toContain("unlocked user02 at sakura");
  await page.getByLabel("利用者ID").fill("user02");
  await password.fill("Demo-pass-2");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("ご利用を停止しています")).toHaveCount(0);
  await expect(page).not.toHaveURL(/\/login/);
});

test("an expired interaction shows a clear page with a way back", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "corporate" });
  await page.goto(flow.url);
  const id = page.url().split("/authorize/")[1].split("/")[0];
  const db = new Database(E2E_DB_FILE);
  db.prepare(`UPDATE "Interaction" SET "expiresAt" = ? WHERE id = ?`).run(new Date(Date.now() - 1000).toISOString(), id);
  db.close();
  await page.reload();
  await expect(page.getByText("お手続きの有効期限が切れました")).toBeVisible();
  await page.getByRole("link", { name: "外部サービスの画面へ戻る" }).click();
  const callback = await callbackUrl(page);
  expect(callback.searchParams.get("error")).toBe("access_denied");
});

test("the back button never replays a step", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "corporate" });
  await page.goto(flow.url);
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/consent$/);
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
});

test("another browser cannot continue someone's interaction", async ({ page, browser }) => {
  const flow = await startFlow("minato", { channel: "corporate" });
  await page.goto(flow.url);
  const stranger = await browser.newPage();
  await stranger.goto(page.url());
  await expect(stranger.getByText("お手続きを続けられません")).toBeVisible();
  await expect(stranger.getByRole("link", { name: "外部サービスの画面へ戻る" })).toHaveCount(0);
  await stranger.close();
});

test("a one-time password refused beside its field, then corrected, goes through on the first press of 認証", async ({ page }) => {
  // the message under the field must go while typing: if it went on the button's blur, the button would
  // move up under the pointer and the press would not become a click
  const flow = await startFlow("minato", { channel: "personal" });
  await page.goto(flow.url);
  await page.waitForLoadState("networkidle"); // hydrated: the check runs in the browser
  await page.getByLabel("契約者ID").fill("1000000002");
  await page.getByLabel("パスワード", { exact: true }).fill("Demo-pass-1");
  await page.getByLabel("ワンタイムパスワード").fill("12");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("ワンタイムパスワードは6桁の数字で入力してください。")).toBeVisible();
  // the next step's code: still valid if the server's clock turns a step meanwhile; every other OTP
  // login of the suite retries with the next code (e2e/helpers/otp-login.ts), so a collision costs none
  await page.getByLabel("ワンタイムパスワード").fill(totp(1));
  await expect(page.getByText("ワンタイムパスワードは6桁の数字で入力してください。")).toHaveCount(0);
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page).toHaveURL(/\/consent$/);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("sakura 個人 completes, errors included", async ({ page }) => {
    const flow = await startFlow("sakura", { channel: "personal" });
    await page.goto(flow.url);
    await page.getByLabel("契約者ID").fill("1000000001");
    await page.getByLabel("パスワード", { exact: true }).fill("Demo-pass-1");
    await page.getByLabel("ワンタイムパスワード").fill("000000");
    await page.getByRole("button", { name: "認証", exact: true }).click();
    await expect(page.getByText("ワンタイムパスワードが正しくありません。")).toBeVisible();
    await expect(page.getByLabel("契約者ID")).toHaveValue("1000000001");
    await otpLogin(page, "1000000001");
    await page.getByLabel(/利用規定に同意しました。/).check();
    await page.getByRole("button", { name: "許可" }).click();
    const callback = await callbackUrl(page);
    expect((await flow.exchange(callback.toString())).access_token).toBeTruthy();
  });

});
