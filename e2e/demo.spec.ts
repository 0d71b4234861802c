// The demo aggregator completes a real flow against each institution and shows what it received.
import { expect, test, type Page } from "@playwright/test";
import { registerPinsIfAsked, shot } from "./helpers/screens";
import { kitaLoginThroughOperations } from "./helpers/kita-login";

async function start(page: Page, institution: string, channel: string) {
  await page.goto("/demo");
  await page.getByLabel(institution).check();
  await page.getByLabel("ご利用のサービス").selectOption(channel);
  await page.getByRole("button", { name: "金融機関と連携する" }).click();
}

async function allowAndSeeBalances(page: Page, checkbox: RegExp, name: string) {
  await page.getByLabel(checkbox).check();
  await page.getByRole("button", { name: "許可" }).click();
  await expect(page.getByRole("heading", { name: "残高" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /入出金明細/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /円$/ }).first()).toBeVisible();
  await shot(page, `demo-${name}`);
}

test("sakura: the demo aggregator shows balances and transactions, then revokes", async ({ page }) => {
  await start(page, "さくら信用金庫", "corporate");
  await page.getByLabel("契約者ID(利用者番号)").fill("2000000001");
  await page.getByLabel("利用者ID").fill("admin01");
  await page.getByLabel("利用者暗証番号").fill("Demo-pass-2");
  await page.getByRole("button", { name: "次へ" }).click();
  await allowAndSeeBalances(page, /に同意しました。/, "sakura");
  await page.getByRole("button", { name: "連携を解除" }).click();
  await expect(page.getByText("連携を解除しました。")).toBeVisible();
});

test("minato: 個人 or 法人 is chosen on the bank's first screen when the service does not say", async ({ page }) => {
  await start(page, "みなと信用金庫", "");
  await page.getByRole("button", { name: "法人のお客さま" }).click();
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await allowAndSeeBalances(page, /に同意しました。/, "minato");
});

test("kita: every step, then balances", async ({ page }) => {
  await start(page, "きた信用組合", "corporate");
  await kitaLoginThroughOperations(page);
  await registerPinsIfAsked(page);
  await allowAndSeeBalances(page, /許可手続きを継続する/, "kita");
});

test("キャンセル at the bank comes back to the demo as access_denied", async ({ page }) => {
  await start(page, "みなと信用金庫", "corporate");
  await page.getByRole("button", { name: "キャンセル" }).click();
  await expect(page.getByText("お客さまが連携をキャンセルしました。")).toBeVisible();
});
