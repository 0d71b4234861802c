// The operator console end to end: an operator suspends a client and its links end, its tokens stop
// working (and no new flow starts), resumes it and a new flow works; an operator of one institution cannot touch
// another's rows even with a crafted form post; the audit chain is verified, and a tampered row found.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { shot } from "./helpers/screens";
import { startFlow } from "./helpers/start-flow";
import { signInOperator } from "./helpers/console";
import { consentAtMinatoCorporate } from "./helpers/minato-consent";
import { sql } from "./helpers/db";

const institutionId = (slug: string) => sql((db) => (db.prepare(`SELECT id FROM "Institution" WHERE slug = ?`).get(slug) as { id: string }).id);
const clientStatus = (clientId: string, slug: string) =>
  sql((db) => (db.prepare(`SELECT ci.status FROM "ClientInstitution" ci JOIN "Client" c ON c.id = ci.clientId JOIN "Institution" i ON i.id = ci.institutionId WHERE c.clientId = ? AND i.slug = ?`).get(clientId, slug) as { status: string }).status);

async function signIn(page: Page, loginId: string) {
  await page.goto("/console");
  await expect(page).toHaveURL(/\/console\/login/); // the console sends a stranger to its sign-in
  await signInOperator(page, loginId);
}

/** minato 法人 consents for a fresh client of its own; returns the client_id and its tokens. */
async function linkedAggregator(browser: Browser) {
  const page = await browser.newPage();
  const flow = await startFlow("minato", { channel: "corporate" });
  const tokens = await consentAtMinatoCorporate(page, flow);
  await page.close();
  return { flow, tokens, clientId: new URL(flow.url).searchParams.get("client_id")! };
}

async function startDemo(page: Page) {
  await page.goto("/demo");
  await page.getByLabel("みなと信用金庫").check();
  await page.getByLabel("ご利用のサービス").selectOption("corporate");
  await page.getByRole("button", { name: "金融機関と連携する" }).click();
}

test("an operator suspends a client: its links end, its tokens stop and no flow starts; resumed, new flows work", async ({ page, browser }) => {
  const { flow, tokens, clientId } = await linkedAggregator(browser);
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(200);

  await signIn(page, "ops-minato");
  await page.goto(`/console/clients/${clientId}`);
  await page.getByRole("button", { name: "みなと信用金庫での利用を停止する" }).click();
  await expect(page.getByText("クライアントを停止しました。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "みなと信用金庫: 停止中" })).toBeVisible();
  await shot(page, "console-client-suspended");
  expect(clientStatus(clientId, "minato")).toBe("suspended");
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(401);

  await page.getByRole("button", { name: "みなと信用金庫での停止を解除する" }).click();
  await expect(page.getByText("クライアントの停止を解除しました。")).toBeVisible();
  // the suspension ended the link: its tokens stay refused; the customer consents again for a new one
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(401);

  // a new flow: the demo aggregator (client renkei-demo) pushes its authorization request (PAR)
  await page.goto("/console/clients/renkei-demo");
  await page.getByRole("button", { name: "みなと信用金庫での利用を停止する" }).click();
  await expect(page.getByText("クライアントを停止しました。")).toBeVisible();
  const aggregator = await browser.newPage();
  await startDemo(aggregator);
  await expect(aggregator).toHaveURL(/\/demo\?error=start/);
  await page.getByRole("button", { name: "みなと信用金庫での停止を解除する" }).click();
  await expect(page.getByText("クライアントの停止を解除しました。")).toBeVisible();
  await startDemo(aggregator);
  await expect(aggregator.getByLabel("お客様ID")).toBeVisible();
  await aggregator.close();

  // every change is in the audit log, with who did it
  await page.goto(`/console/audit?action=client.`);
  await expect(page.getByRole("cell", { name: "クライアントの利用停止" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /みなと信用金庫 API担当.*ログインID ops-minato/ }).first()).toBeVisible();
});

test("ops-sakura cannot touch minato's rows, even with a crafted form post", async ({ page }) => {
  const minato = institutionId("minato");
  await signIn(page, "ops-sakura");
  await page.goto("/console/clients/freee");
  await expect(page.getByRole("region", { name: "さくら信用金庫" })).toBeVisible();
  await expect(page.getByRole("region", { name: "みなと信用金庫" })).toHaveCount(0);

  // rewrite the hidden institution of the suspend form to minato's, and post it
  await page.locator('input[name="institutionId"]').evaluateAll((inputs, id) => inputs.forEach((i) => ((i as HTMLInputElement).value = id)), minato);
  await page.getByRole("button", { name: "さくら信用金庫での利用を停止する" }).click();
  await expect(page.getByText("この操作の権限がないか、対象が見つかりません。")).toBeVisible();
  expect(clientStatus("freee", "minato")).toBe("active");
  expect(clientStatus("freee", "sakura")).toBe("active");

  // the same with the 連携開始日 form
  await page.locator('input[name="institutionId"]').evaluateAll((inputs, id) => inputs.forEach((i) => ((i as HTMLInputElement).value = id)), minato);
  await page.getByLabel("連携開始日（個人）").fill("2001-01-01");
  await page.getByRole("button", { name: "連携開始日を保存" }).click();
  await expect(page.getByText("この操作の権限がないか、対象が見つかりません。")).toBeVisible();
  expect(sql((db) => db.prepare(`SELECT count(*) AS n FROM "ClientInstitution" WHERE personalSince = '2001-01-01'`).get() as { n: number }).n).toBe(0);

  // naming minato in a search does not widen it
  await page.goto(`/console/grants?institutionId=${minato}`);
  await expect(page.getByText("0件")).toBeVisible();
  await page.goto(`/console/audit?institutionId=${minato}`);
  await expect(page.getByRole("table", { name: "監査ログ" }).getByRole("row")).toHaveCount(1); // the header only
  // a client only minato has is not found
  await page.goto("/console/clients/zaim");
  const zaimAtSakura = sql((db) => db.prepare(`SELECT count(*) AS n FROM "ClientInstitution" ci JOIN "Client" c ON c.id = ci.clientId WHERE c.clientId = 'zaim' AND ci.institutionId = ?`).get(institutionId("sakura")) as { n: number }).n;
  if (!zaimAtSakura) await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
});

test("the audit chain verifies, and a row changed in the database is reported", async ({ page }) => {
  await signIn(page, "ops-admin");
  await page.goto("/console/audit");
  await page.getByRole("button", { name: "ハッシュチェーンを検証する" }).click();
  await expect(page.getByText(/改ざんは検出されませんでした/)).toBeVisible();

  const row = sql((db) => db.prepare(`SELECT id, details FROM "AuditEvent" ORDER BY id DESC LIMIT 1 OFFSET 1`).get() as { id: number; details: string });
  sql((db) => db.prepare(`UPDATE "AuditEvent" SET details = '{"forged":true}' WHERE id = ?`).run(row.id));
  try {
    await page.getByRole("button", { name: "ハッシュチェーンを検証する" }).click();
    await expect(page.getByText(/改ざんを検出しました/)).toContainText(`監査ログ #${row.id} の内容が記録後に変更されています`);
    await shot(page, "console-audit-tampered");
  } finally {
    sql((db) => db.prepare(`UPDATE "AuditEvent" SET details = ? WHERE id = ?`).run(row.details, row.id));
  }
});

test("an operator registers a client with the form, and issues an initial access token that works until revoked", async ({ page, request }) => {
  await signIn(page, "ops-sakura");
  await page.goto("/console/clients/new");
  await page.getByLabel("連携先（会社名）").fill("コンソール商事株式会社");
  await page.getByLabel("電子決済等代行業者の登録番号").fill("関東財務局長（電代）第8101号");
  await page.getByLabel("サービス名").fill("コンソール会計");
  await page.getByLabel("サービス内容").fill("「コンソール会計」 クラウド会計サービス");
  await page.getByLabel("リダイレクトURI（1行に1つ）").fill("http://console.example/cb");
  await page.getByLabel("JWKS URI（JWKS の代わりに）").fill("https://console.example/jwks.json");
  await page.getByLabel("さくら信用金庫 連携開始日（個人）").fill("2026-04-01");
  await page.getByRole("button", { name: "登録する" }).click();
  // the error sits beside its field and what was typed is kept
  await expect(page.getByText(/リダイレクトURIが正しくありません/)).toBeVisible();
  await expect(page.getByLabel("連携先（会社名）")).toHaveValue("コンソール商事株式会社");
  await page.getByLabel("リダイレクトURI（1行に1つ）").fill("https://console.example/cb");
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByText("クライアントを登録しました。")).toBeVisible();

  // not on the public 連携先一覧 until the operator publishes it; then with its date, WEB-FB 未連携
  await page.goto("/sakura/partners");
  await expect(page.getByRole("row", { name: /コンソール商事株式会社/ })).toHaveCount(0);
  await page.goto(`/console/clients?${new URLSearchParams({ q: "コンソール会計" })}`);
  await page.getByRole("link", { name: "コンソール会計" }).click();
  await expect(page.getByText("連携先一覧（/sakura/partners）: 未掲載")).toBeVisible();
  await page.getByRole("button", { name: "さくら信用金庫の連携先一覧に掲載する" }).click();
  await expect(page.getByText("連携先一覧に掲載しました。")).toBeVisible();
  await page.goto("/sakura/partners");
  const row = page.getByRole("row", { name: /コンソール商事株式会社/ });
  await expect(row.getByRole("cell").nth(1)).toHaveText("2026/4/1");
  await expect(row.getByRole("cell").nth(2)).toHaveText("未連携");

  // an initial access token, shown once, accepted by RFC 7591 registration until revoked
  await page.goto("/console/tokens");
  await page.getByLabel("用途（ラベル）").fill("e2e-registration");
  await page.getByLabel("電子決済等代行業者名").fill("コンソール商事株式会社");
  await page.getByLabel("登録番号").fill("関東財務局長（電代）第8101号");
  await page.getByLabel("有効期間（時間）").fill("24");
  await page.getByLabel("1回だけ使える", { exact: false }).uncheck();
  await page.getByRole("button", { name: "発行する" }).click();
  const token = (await page.getByTestId("issued-token").textContent())!.trim();
  expect(token).toMatch(/^iat_/);
  const register = () => request.post("/sakura/oauth/register", {
    headers: { authorization: `Bearer ${token}` },
    data: {
      client_name: "IAT 家計簿", aggregator_name: "コンソール商事株式会社", aggregator_registration_number: "関東財務局長（電代）第8101号",
      redirect_uris: ["https://console.example/cb"], token_endpoint_auth_method: "private_key_jwt", jwks_uri: "https://console.example/jwks.json", channels: ["personal"],
    },
  });
  expect((await register()).status()).toBe(201);
  await page.reload();
  await expect(page.getByTestId("issued-token")).toHaveCount(0); // shown once
  await page.getByRole("button", { name: "「e2e-registration」を取り消す" }).click();
  await expect(page.getByText("取り消しました。")).toBeVisible();
  expect((await register()).status()).toBe(401);
});

test("an operator revokes a link with a reason, and reads it in the audit log by the customer's 契約者ID and name", async ({ page, browser }) => {
  const { flow, tokens, clientId } = await linkedAggregator(browser);
  await signIn(page, "ops-minato");
  await page.goto(`/console/grants?${new URLSearchParams({ clientId })}`);
  await page.getByRole("link", { name: "取り消す" }).first().click();
  const confirm = page.getByRole("region", { name: "取消の確認" });
  await expect(confirm.getByLabel(/取消の理由/)).toBeVisible();
  await confirm.getByRole("button", { name: "取り消す" }).click();
  // the reason is required: the browser keeps the form, nothing is revoked
  expect(await confirm.getByLabel(/取消の理由/).evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(200);
  await confirm.getByLabel(/取消の理由/).fill("お客さまから電話で停止の申し出（受付 E2E-1）");
  await confirm.getByRole("button", { name: "取り消す" }).click();
  await expect(page.getByText("取り消しました。")).toBeVisible();
  await expect(page.getByText("理由: お客さまから電話で停止の申し出（受付 E2E-1）")).toBeVisible();
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(401);

  // the audit log, filtered by the customer: names, not internal ids; Japanese actions; readable details
  await page.goto(`/console/audit?${new URLSearchParams({ customer: "CORP0002", client: clientId })}`);
  const log = page.getByRole("table", { name: "監査ログ" });
  const revoked = log.getByRole("row").filter({ hasText: "連携の停止" }).first();
  await expect(revoked).toContainText("みなと信用金庫 API担当");
  await expect(revoked).toContainText("E2E 家計簿 ／ みなと海運株式会社");
  await expect(revoked).toContainText("契約者ID CORP0002");
  await expect(revoked).toContainText("理由お客さまから電話で停止の申し出（受付 E2E-1）");
  const granted = log.getByRole("row").filter({ hasText: "アクセス許可（連携の同意）" }).first();
  await expect(granted).toContainText("みなと海運株式会社");
  await expect(granted).toContainText("業務残高照会・入出金明細照会");
  await expect(log).not.toContainText("login.password.success");
  await expect(log).not.toContainText('{"');
  await shot(page, "console-audit-customer");
  // another customer's entries are not in this view
  await expect(log).not.toContainText("契約者ID 1000000002");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an operator signs in, suspends and resumes a client, and signs out", async ({ page }) => {
    await page.goto("/console/login");
    await page.getByLabel("ログインID").fill("ops-kita");
    await page.getByLabel("パスワード").fill("wrong-password");
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page.getByText("ログインIDまたはパスワードが正しくありません。")).toBeVisible();
    await expect(page.getByLabel("ログインID")).toHaveValue("ops-kita");
    await page.getByLabel("パスワード").fill("Operator-pass-1");
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page.getByRole("heading", { name: "概要" })).toBeVisible();
    await page.goto("/console/clients/freee");
    await page.getByRole("button", { name: "きた信用組合での利用を停止する" }).click();
    await expect(page.getByText("クライアントを停止しました。")).toBeVisible();
    expect(clientStatus("freee", "kita")).toBe("suspended");
    await page.getByRole("button", { name: "きた信用組合での停止を解除する" }).click();
    await expect(page.getByText("クライアントの停止を解除しました。")).toBeVisible();
    expect(clientStatus("freee", "kita")).toBe("active");
    await page.getByRole("button", { name: "ログアウト" }).click();
    await page.goto("/console");
    await expect(page).toHaveURL(/\/console\/login/);
  });
  test("the event_delivery_uri form answers: its error beside the field, then saved", async ({ page }) => {
    const eventUri = () => sql((db) => (db.prepare(`SELECT eventDeliveryUri AS uri FROM "Client" WHERE clientId = 'freee'`).get() as { uri: string | null }).uri);
    const before = eventUri();
    await signInOperator(page, "ops-admin");
    try {
      await page.goto("/console/clients/freee");
      const field = page.getByLabel("イベント通知先URI（event_delivery_uri、空欄で通知しない）");
      await field.fill("ftp://freee.example/events");
      await page.getByRole("button", { name: "イベント通知先を保存" }).click();
      await expect(page.getByText(/イベント通知先URIが正しくありません/)).toBeVisible({ timeout: 10_000 });
      await expect(page.getByLabel("イベント通知先URI（event_delivery_uri、空欄で通知しない）")).toHaveValue("ftp://freee.example/events");
      await page.getByLabel("イベント通知先URI（event_delivery_uri、空欄で通知しない）").fill("http://localhost:9/renkei/events");
      await page.getByRole("button", { name: "イベント通知先を保存" }).click();
      await expect(page.getByText("イベント通知先を保存しました。")).toBeVisible({ timeout: 10_000 });
      await expect(page.getByLabel("イベント通知先URI（event_delivery_uri、空欄で通知しない）")).toHaveValue("http://localhost:9/renkei/events");
      expect(eventUri()).toBe("http://localhost:9/renkei/events");
    } finally {
      sql((db) => db.prepare(`UPDATE "Client" SET eventDeliveryUri = ? WHERE clientId = 'freee'`).run(before));
    }
  });
});
