// http mode in a browser (issue 23), project bank-http of playwright.config.ts: a server whose every demo
// institution is connected to the reference simulator (scripts/core-sim.ts), which holds the demo bank. One flow
// per login variant goes from the aggregator's PAR through the bank's login to the redirect_uri and the code
// exchange; the balances the API answers are the simulator's own. Last, the simulator goes down in the middle of a
// flow: the consent screen's page says so in the institution's theme and leads back to the aggregator.
// One file, in order: the flows share the simulator's demo customers, and the last test stops the bank.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { E2E_CORE_SIM_DIR, extraServerPort } from "../../test/env";
import { kitaLoginThroughOperations } from "../helpers/kita-login";
import { otpLogin } from "../helpers/otp-login";
import { callbackUrl, registerPinsIfAsked } from "../helpers/screens";
import { startFlow } from "../helpers/start-flow";

test.describe.configure({ mode: "serial" });

const origin = `http://localhost:${extraServerPort("e2eBankHttp")}`;
const simulator = `http://127.0.0.1:${extraServerPort("e2eCoreSim")}`;
type TFlow = Awaited<ReturnType<typeof startFlow>>;

async function faults(body: object) {
  const res = await fetch(`${simulator}/__faults`, { method: "POST", body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

/** 許可 on the consent step, then the aggregator's callback and the code exchange. */
async function allowAndExchange(page: Page, flow: TFlow, slug: string, checkbox: RegExp) {
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await page.getByLabel(checkbox).check();
  await page.getByRole("button", { name: "許可" }).click();
  const callback = await callbackUrl(page, flow.redirectUri);
  expect(callback.searchParams.get("state")).toBe(flow.state);
  expect(callback.searchParams.get("iss")).toBe(`${origin}/${slug}`);
  const tokens = await flow.exchange(callback.toString());
  expect(tokens.access_token).toBeTruthy();
  return tokens;
}

test("sakura 個人 (契約者ID + パスワード + ワンタイムパスワード): the API's balances are the simulator's", async ({ page }) => {
  const flow = await startFlow("sakura", { channel: "personal", origin });
  await page.goto(flow.url);
  await expect(page.getByText("※当画面は、さくら信用金庫のWebサイトです。")).toBeVisible();
  await otpLogin(page, "1000000001");
  const tokens = await allowAndExchange(page, flow, "sakura", /しんきんインターネットバンキングAPIサービス利用規定に同意しました。/);

  const accounts = (await (await flow.api(tokens.access_token, "/accounts")).json()) as { accounts: { accountId: string; accountNumber: string }[] };
  const balances = (await (await flow.api(tokens.access_token, "/accounts/balances")).json()) as { balances: { accountId: string; balance: string }[] };
  const apiByNumber = Object.fromEntries(accounts.accounts.map((a) => [a.accountNumber, balances.balances.find((b) => b.accountId === a.accountId)?.balance]));
  // the simulator's own demo bank, read from its database file
  const bank = new Database(path.join(E2E_CORE_SIM_DIR, "bank.db"), { readonly: true });
  try {
    const rows = bank.prepare(`SELECT a."accountNumber" AS accountNumber, a."balance" AS balance FROM "Account" a
      JOIN "Contract" c ON c.id = a."contractId" JOIN "Institution" i ON i.id = a."institutionId"
      WHERE i.slug = 'sakura' AND c."contractNumber" = '1000000001'`).all() as { accountNumber: string; balance: number | bigint }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(apiByNumber).toEqual(Object.fromEntries(rows.map((r) => [r.accountNumber, String(r.balance)])));
  } finally {
    bank.close();
  }
});

test("sakura 法人 (契約者ID(利用者番号) + 利用者ID + 利用者暗証番号), from the demo aggregator to its balances", async ({ page }) => {
  await page.goto("/demo");
  await page.getByLabel("さくら信用金庫").check();
  await page.getByLabel("ご利用のサービス").selectOption("corporate");
  await page.getByRole("button", { name: "金融機関と連携する" }).click();
  await page.getByLabel("契約者ID(利用者番号)").fill("2000000001");
  await page.getByLabel("利用者ID").fill("admin01");
  await page.getByLabel("利用者暗証番号").fill("wrong-password");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("入力された内容に誤りがあります。")).toBeVisible(); // the bank refused it
  await page.getByLabel("利用者暗証番号").fill("Demo-pass-2");
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByLabel(/に同意しました。/).check();
  await page.getByRole("button", { name: "許可" }).click();
  await expect(page.getByRole("heading", { name: "残高" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /円$/ }).first()).toBeVisible();
});

test("minato 法人 (お客様ID + ログインパスワード)", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "corporate", origin });
  await page.goto(flow.url);
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await allowAndExchange(page, flow, "minato", /しんきんAPIサービス利用規約に同意しました。/);
});

test("kita 法人 (ログインID + 追加認証 + 照会用暗証番号登録)", async ({ page }) => {
  const flow = await startFlow("kita", { origin });
  await page.goto(flow.url);
  await kitaLoginThroughOperations(page);
  await expect(page.getByRole("cell", { name: "未登録" })).toHaveCount(2); // the bank's PIN states
  await registerPinsIfAsked(page);
  const tokens = await allowAndExchange(page, flow, "kita", /許可手続きを継続する/);
  expect(tokens.scope).toBe("balances transactions");
});

test("the bank down at login: the unavailable page in the institution's theme, back to the aggregator with temporarily_unavailable", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "corporate", origin });
  await page.goto(flow.url);
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await faults({ down: true });
  try {
    await page.getByRole("button", { name: "認証", exact: true }).click();
    await expect(page).toHaveURL(/\/minato\/authorize\/[^/]+\/unavailable$/);
    await expect(page.getByRole("heading", { name: "ただいまご利用いただけません" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("ただいまみなと信用金庫のシステムに接続できないため、お手続きを続けられません。");
    await expect(page.getByRole("banner")).toHaveCSS("background-color", "rgb(15, 76, 129)"); // minato's primary, #0F4C81
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.getByRole("button", { name: "E2E 家計簿に戻る" }).click();
    const callback = await callbackUrl(page, flow.redirectUri);
    expect(callback.searchParams.get("error")).toBe("temporarily_unavailable");
    expect(callback.searchParams.get("state")).toBe(flow.state);
  } finally {
    await faults({ down: false });
  }
});

test("the bank down at login, without JavaScript: the same page (a redirect, not the error boundary), and the way back is a plain form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const flow = await startFlow("minato", { channel: "corporate", origin });
  await page.goto(flow.url);
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await faults({ down: true });
  try {
    await page.getByRole("button", { name: "認証", exact: true }).click();
    await expect(page).toHaveURL(/\/minato\/authorize\/[^/]+\/unavailable$/);
    await expect(page.getByRole("heading", { name: "ただいまご利用いただけません" })).toBeVisible();
    await page.getByRole("button", { name: "E2E 家計簿に戻る" }).click();
    const callback = await callbackUrl(page, flow.redirectUri);
    expect(callback.searchParams.get("error")).toBe("temporarily_unavailable");
  } finally {
    await faults({ down: false });
    await context.close();
  }
});

test("the bank down when a step's page asks it (kita's accounts), without JavaScript: the same page, not Next's empty 500", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const flow = await startFlow("kita", { origin });
  await page.goto(flow.url);
  await page.getByLabel("ログインID").fill("kita-user1");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();
  await page.getByLabel("回答").fill("ぽち");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("heading", { name: "API連携認証（認可業務選択）（利用登録）" })).toBeVisible();
  await faults({ down: true });
  try {
    await page.getByRole("button", { name: "次へ" }).click(); // the next step's page lists the accounts from the bank
    await expect(page).toHaveURL(/\/kita\/authorize\/[^/]+\/unavailable$/);
    await expect(page.getByRole("heading", { name: "ただいまご利用いただけません" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("ただいまきた信用組合のシステムに接続できないため");
  } finally {
    await faults({ down: false });
    await context.close();
  }
});
