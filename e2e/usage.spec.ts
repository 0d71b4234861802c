// 利用上限 and 利用状況 end to end: an operator sets a client's daily limit on its console page (a bad value is
// refused beside its field), the aggregator's calls meet it (429 after the allowance), and the operator reads the
// month on /console/usage — the client's block, its chart — and downloads the CSV with exactly those calls.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { jstIsoDate } from "../lib/time/jst";
import { signInOperator } from "./helpers/console";
import { consentAtMinatoCorporate } from "./helpers/minato-consent";
import { shot } from "./helpers/screens";
import { startFlow } from "./helpers/start-flow";

test("an operator sets a limit, reads the month's usage and downloads its CSV", async ({ page, browser }) => {
  const consentPage = await browser.newPage();
  const flow = await startFlow("minato", { channel: "corporate" });
  const tokens = await consentAtMinatoCorporate(consentPage, flow);
  await consentPage.close();

  await signInOperator(page, "ops-minato");
  await page.goto(`/console/clients/${flow.clientId}`);
  const form = page.getByRole("form", { name: "みなと信用金庫での利用上限" });
  const daily = form.getByLabel("1日あたりの呼び出し回数（連携ごと、お客さまがいないとき）");
  await daily.fill("二回");
  await form.getByRole("button", { name: "利用上限を保存" }).click();
  await expect(form.getByText("0 以上 1,000,000 以下の整数を入力してください")).toBeVisible();
  await daily.fill("2");
  await form.getByRole("button", { name: "利用上限を保存" }).click();
  await expect(form.getByText("利用上限を保存しました。")).toBeVisible();
  await shot(page, "console-client-limits");

  // the allowance is 2 calls a day for this link without the customer present: the third is refused
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await flow.api(tokens.access_token, "/accounts")).status);
  expect(statuses).toEqual([200, 200, 429]);

  const day = jstIsoDate();
  const [year, month] = day.split("-");
  await page.getByRole("link", { name: "利用状況" }).first().click();
  await expect(page.getByRole("heading", { name: "利用状況" })).toBeVisible();
  const block = page.getByRole("region", { name: `E2E 家計簿（みなと信用金庫・${flow.clientId}）`, exact: true });
  await expect(block).toBeVisible();
  await expect(block.getByRole("img", { name: /日ごとの呼び出し回数/ })).toBeVisible();
  const accounts = block.getByRole("row").filter({ hasText: "accounts" });
  await expect(accounts.getByRole("cell")).toHaveText(["accounts", "3", "2", "0", "0", "1", "0", /\d+/]);
  await shot(page, "console-usage");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `${year}年${Number(month)}月の利用状況をCSVでダウンロード` }).click()]);
  const csv = readFileSync((await download.path())!, "utf8").split(/\r?\n/);
  expect(csv[0]).toBe("institution,client_id,operation,day,calls,ok,client_errors,server_errors,rate_limited,customer_present,p95_ms");
  const row = csv.find((line) => line.startsWith(`minato,${flow.clientId},accounts,`));
  expect(row).toMatch(new RegExp(`^minato,${flow.clientId},accounts,${day},3,2,0,0,1,0,\\d+$`));
  // the flow's own calls are there too: PAR and the token request, one each
  expect(csv.find((line) => line.startsWith(`minato,${flow.clientId},par,`))).toMatch(/,1,1,0,0,0,0,\d+$/);
  expect(csv.find((line) => line.startsWith(`minato,${flow.clientId},token,`))).toMatch(/,1,1,0,0,0,0,\d+$/);
});
