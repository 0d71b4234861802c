// 連携サービスの確認・停止: the forms' CSRF token belongs to one visitor (lib/links/links-csrf.ts). A token
// read by one browser is refused in another, for the login and for 停止; each browser's own is accepted.
import { expect, test, type Page } from "@playwright/test";
import { startFlow } from "./helpers/start-flow";
import { consentAtMinatoCorporate } from "./helpers/minato-consent";

const token = (page: Page) => page.locator('input[name="csrf"]').first().inputValue();
const forge = (page: Page, value: string) =>
  page.locator('input[name="csrf"]').evaluateAll((inputs, v) => inputs.forEach((input) => ((input as HTMLInputElement).value = v)), value);

/** csrf: a token put into the forms after typing (React puts its own back whenever the form re-renders). */
async function logIn(page: Page, csrf?: string) {
  const corporate = page.getByRole("region", { name: "WEB-FB" });
  await corporate.getByLabel("お客様ID").fill("CORP0002");
  await corporate.getByLabel("ログインパスワード").fill("Demo-pass-2");
  if (csrf) await forge(page, csrf);
  await corporate.getByRole("button", { name: "認証", exact: true }).click();
}

test("one visitor's token is refused for another, at login and at 停止", async ({ browser }) => {
  const attacker = await browser.newPage();
  await attacker.goto("/minato/links");
  const attackersToken = await token(attacker);
  await attacker.reload();
  expect(await token(attacker)).toBe(attackersToken); // the same browser keeps its token

  // a link to stop: a flow completed by the customer's own browser
  const customer = await browser.newPage();
  const flow = await startFlow("minato", { channel: "corporate" });
  const tokens = await consentAtMinatoCorporate(customer, flow);

  await customer.goto("/minato/links");
  const customersToken = await token(customer);
  expect(customersToken).not.toBe(attackersToken);

  await logIn(customer, attackersToken);
  await expect(customer.getByText("画面の有効期限が切れました。もう一度お試しください。").first()).toBeVisible();
  await expect(customer.getByRole("button", { name: "ログアウト" })).toHaveCount(0);

  await customer.reload();
  await logIn(customer);
  await expect(customer.getByRole("button", { name: "ログアウト" })).toBeVisible();

  await customer.getByRole("link", { name: "「E2E 家計簿」との連携を停止" }).first().click();
  await expect(customer.getByText("との連携を停止しますか？")).toBeVisible();
  await forge(customer, attackersToken);
  await customer.getByRole("button", { name: "停止する" }).click();
  await expect(customer.getByText("との連携を停止しますか？")).toHaveCount(0);
  await expect(customer.getByText("との連携を停止しました。")).toHaveCount(0);
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(200); // the link still stands

  await customer.getByRole("link", { name: "「E2E 家計簿」との連携を停止" }).first().click();
  await customer.getByRole("button", { name: "停止する" }).click();
  await expect(customer.getByText("「E2E 家計簿」との連携を停止しました。")).toBeVisible();
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(401);
  await attacker.close();
  await customer.close();
});
