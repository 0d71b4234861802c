// Every demo login of docs/design.md §7, walked in Chromium from the aggregator's PAR to its redirect_uri,
// and the code accepted by the token endpoint. Labels and buttons are the seeds' own words.
import { otpLogin } from "./helpers/otp-login";
import { expect, test, type Page } from "@playwright/test";
import { callbackUrl, shot } from "./helpers/screens";
import { certificate, startFlow, ORIGIN } from "./helpers/start-flow";

async function consentAndFinish(page: Page, flow: Awaited<ReturnType<typeof startFlow>>, name: string, checkbox: RegExp) {
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await expect(page.getByText("・口座連携の有効期限は90日間です。")).toBeVisible();
  await expect(page.getByText("・有効期限内に許可を解除する場合は、ご利用の外部サービスにてお手続きください。")).toBeVisible();
  await expect(page.getByText("ご確認のうえ、同意されたお客様は以下にチェックした後、「許可」ボタンを押下してください。")).toBeVisible(); // the seeds' words (お客様)
  await shot(page, `${name}-consent`);
  await page.getByRole("button", { name: "許可" }).click();
  // the checkbox must be ticked: the browser refuses the submit and the page stays
  await expect(page).toHaveURL(/\/consent$/);
  expect(await page.getByLabel(checkbox).evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
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
  await otpLogin(page, "1000000001");
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
  await shot(page, "minato-personal-login");
  await otpLogin(page, "1000000002");
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

for (const [slug, file, button] of [
  ["sakura", "sakura-admin01", "認証"],
  ["minato", "minato-CORP0002", "電子証明書認証"],
] as const) {
  test(`${slug}: 電子証明書 login with a real TLS client certificate`, async ({ browser }) => {
    const context = await browser.newContext({ clientCertificates: [certificate(file)], ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const flow = await startFlow(slug, { channel: "corporate" });
    await page.goto(flow.url);
    await expect(page.getByText("電子証明書方式のお客さま")).toBeVisible();
    await page.getByRole("button", { name: button, exact: true }).click();
    await consentAndFinish(page, flow, `${slug}-certificate`, /に同意しました。/);
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

// Issue 24: after a flow in the browser and the API checks, the metrics listener (the server's RENKEI_METRICS_PORT,
// playwright.config.ts) has counted exactly what the flow did. One worker runs the specs, so nothing else moves
// these series between the two scrapes.
const METRICS_URL = `http://127.0.0.1:${Number(process.env.RENKEI_TEST_PORT_BASE || 3100) + 152}/metrics`;

async function scrape(): Promise<(name: string, labels?: Record<string, string>) => number> {
  const text = await (await fetch(METRICS_URL)).text();
  const samples = text.split("\n").flatMap((line) => {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) return [];
    const labels = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    return [{ name: match[1], labels, value: Number(match[3]) }];
  });
  return (name, labels = {}) => samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);
}

test("the metrics listener counts a flow and its API calls: requests by route template, tokens, consent, login", async ({ page }) => {
  const before = await scrape();
  const flow = await startFlow("sakura", { channel: "corporate" });
  await page.goto(flow.url);
  await page.getByLabel("契約者ID(利用者番号)").fill("2000000001");
  await page.getByLabel("利用者ID").fill("admin01");
  await page.getByLabel("利用者暗証番号").fill("Demo-pass-2");
  await page.getByRole("button", { name: "次へ" }).click();
  const tokens = await consentAndFinish(page, flow, "sakura-corporate", /しんきんAPIサービス利用規約に同意しました。/);
  expect((await flow.api(tokens.access_token, "/accounts")).status).toBe(200);
  expect((await flow.api(tokens.access_token, "/accounts/balances")).status).toBe(200);
  expect((await flow.api(tokens.access_token, "/accounts/balances")).status).toBe(200);
  const after = await scrape();
  const delta = (name: string, labels: Record<string, string> = {}) => after(name, labels) - before(name, labels);
  const answered = (route: string, status: string) => delta("http_server_request_duration_seconds_count", { http_route: route, http_response_status_code: status });
  expect(answered("/:institution/oauth/par", "201")).toBe(1);
  expect(answered("/:institution/oauth/token", "200")).toBe(1);
  expect(answered("/:institution/api/v1/accounts", "200")).toBe(1);
  expect(answered("/:institution/api/v1/accounts/balances", "200")).toBe(2);
  expect(delta("http_server_request_duration_seconds_count", { http_route: "/:institution/authorize/:interaction/consent" })).toBeGreaterThan(0);
  expect(delta("renkei_tokens_issued_total", { grant_type: "authorization_code", profile: "fapi2" })).toBe(1);
  expect(delta("renkei_tokens_issued_total", { grant_type: "refresh_token" })).toBe(0);
  expect(delta("renkei_consents_total", { outcome: "given" })).toBe(1);
  expect(delta("renkei_login_attempts_total", { factor: "password", outcome: "success" })).toBe(1);
  expect(delta("renkei_login_attempts_total", { outcome: "failure" })).toBe(0);
});
