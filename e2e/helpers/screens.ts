// Small steps the flow specs share: screenshots of every step (kept as test artifacts) and the
// callback the browser lands on.
import { expect, type Page } from "@playwright/test";
import { REDIRECT_URI } from "./start-flow";

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** The aggregator's redirect_uri (the demo's page may or may not exist): wait for the URL itself. */
export async function callbackUrl(page: Page, redirectUri = REDIRECT_URI): Promise<URL> {
  await page.waitForURL((url) => url.toString().startsWith(redirectUri), { timeout: 15_000 });
  return new URL(page.url());
}

/** kita: register every 未登録 account's PIN (1234) when 照会用暗証番号登録 comes up, then 確認. */
export async function registerPinsIfAsked(page: Page) {
  const heading = page.getByRole("heading", { name: /照会用暗証番号登録|情報アクセス許可/ });
  await expect(heading).toBeVisible();
  if (!(await heading.textContent())?.includes("照会用暗証番号登録")) return;
  for (const input of await page.getByLabel(/の照会用暗証番号$/).all()) await input.fill("1234");
  await page.getByRole("button", { name: "登録" }).click();
  await page.getByRole("button", { name: "確認" }).click();
}
