// minato's corporate customer (お客様ID CORP0002) consents to a flow in `page`, and the aggregator
// exchanges the code: the link that the links, events and console specs then act on.
import type { Page } from "@playwright/test";
import type { startFlow } from "./start-flow";

export async function consentAtMinatoCorporate(page: Page, flow: Awaited<ReturnType<typeof startFlow>>) {
  await page.goto(flow.url);
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await page.getByLabel(/に同意しました。/).check();
  await page.getByRole("button", { name: "許可" }).click();
  await page.waitForURL(/\/test\/callback/);
  return flow.exchange(page.url());
}
