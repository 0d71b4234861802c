// A customer stops a link at the bank, and the aggregator's next API call fails.
import { expect, test } from "@playwright/test";
import { shot } from "./helpers/screens";
import { startFlow } from "./helpers/start-flow";
import { consentAtMinatoCorporate } from "./helpers/minato-consent";

test("minato 法人: see the link, stop it after confirming, and the aggregator is cut off", async ({ page, browser }) => {
  // the aggregator's side: a flow completed in another browser, with tokens in hand
  const aggregator = await browser.newPage();
  const flow = await startFlow("minato", { channel: "corporate" });
  const tokens = await consentAtMinatoCorporate(aggregator, flow);
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(200);
  await aggregator.close();

  // the customer, at the bank
  await page.goto("/minato/links");
  const corporate = page.getByRole("region", { name: "WEB-FB" });
  await corporate.getByLabel("お客様ID").fill("CORP0002");
  await corporate.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await corporate.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("heading", { name: "E2E 家計簿" }).first()).toBeVisible();
  await expect(page.getByText(/E2Eテスト株式会社-[\w-]+（関東財務局長（電代）第\d+号）/).first()).toBeVisible();
  await shot(page, "minato-links");
  await page.getByRole("link", { name: "「E2E 家計簿」との連携を停止" }).first().click();
  await expect(page.getByText("との連携を停止しますか？")).toBeVisible();
  await page.getByRole("button", { name: "停止する" }).click();
  await expect(page.getByText("「E2E 家計簿」との連携を停止しました。")).toBeVisible();
  // the notice names a link this customer stopped, never words a link to the page carries
  await page.goto(`/minato/links?${new URLSearchParams({ stopped: "お客さまの口座は凍結されました" })}`);
  await expect(page.getByText(/お客さまの口座は凍結されました/)).toHaveCount(0);
  await expect(page.getByText(/との連携を停止しました。/)).toHaveCount(0);

  const after = await flow.api(tokens.access_token, "/accounts");
  expect(after.status).toBe(401);
});
