// Security profiles end to end: a baseline client past its sunset is refused at the bank with the date,
// and the operator sees it in the console (期限切れ; another client warned 30 days ahead), moves a sunset,
// switches a client to fapi2; an operator of one institution cannot change a client another institution
// shares; an institution's baseline settings are saved and the metadata follows at once.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { shot } from "./helpers/screens";
import { signInOperator as signIn } from "./helpers/console";
import { sql } from "./helpers/db";
import { newAggregator } from "../test/support/new-aggregator";

const REDIRECT = "http://localhost:8080/callback";
const DAY = 86_400_000;
/** YYYY-MM-DD in Japan, `days` from today */
const jstDay = (days: number) => new Date(Date.now() + 9 * 3600_000 + days * DAY).toISOString().slice(0, 10);
/** the sunset that serves a client through that day (lib/oauth/clients/sunset-date.ts), as Prisma writes a DateTime on SQLite */
const sunsetThrough = (day: string) => new Date(Date.parse(`${day}T00:00:00+09:00`) + DAY).toISOString().replace("Z", "+00:00");
const japaneseDate = (iso: string) => { const [y, m, d] = iso.split("-").map(Number); return `${y}年${m}月${d}日`; };

async function registerBaseline(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.post("/sakura/oauth/register", {
    headers: { authorization: "Bearer test-initial-access-token" },
    data: {
      client_name: name, ...newAggregator("移行中アグリゲーター株式会社"),
      redirect_uris: [REDIRECT], security_profile: "baseline", token_endpoint_auth_method: "client_secret_basic", channels: ["personal"],
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).client_id as string;
}
const setSunset = (clientId: string, lastDay: string) =>
  sql((db) => db.prepare(`UPDATE "Client" SET "securityProfileSunsetAt" = ? WHERE "clientId" = ?`).run(sunsetThrough(lastDay), clientId));


test("a baseline client past its sunset is refused with the date; the operator sees it, moves the date, and switches another to fapi2", async ({ page, request }) => {
  const expired = await registerBaseline(request, "期限切れの家計簿");
  const soon = await registerBaseline(request, "まもなく期限の家計簿");
  const lastDay = jstDay(-1);
  setSunset(expired, lastDay);
  setSunset(soon, jstDay(10));

  // the customer arrives from the aggregator: the bank's page names the date and redirects nowhere
  const response = await page.goto(`/sakura/oauth/authorize?client_id=${expired}&response_type=code&redirect_uri=${encodeURIComponent(REDIRECT)}&scope=balances&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s`);
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("alert")).toHaveText(`連携元のサービスの接続方式（baseline）の利用期限（${japaneseDate(lastDay)}）を過ぎています。`);
  await shot(page, "profiles-authorize-sunset");

  await signIn(page, "ops-admin");
  await page.getByRole("navigation", { name: "コンソール" }).getByRole("link", { name: "セキュリティプロファイル" }).click();
  await expect(page.getByRole("heading", { name: "セキュリティプロファイル", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "baseline のクライアント一覧" });
  const expiredRow = table.getByRole("row").filter({ hasText: expired });
  await expect(expiredRow.getByRole("cell", { name: "期限切れ", exact: true })).toBeVisible();
  await expect(expiredRow.getByRole("cell", { name: lastDay, exact: true })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: soon }).getByRole("cell", { name: "あと10日（期限が近づいています）", exact: true })).toBeVisible();
  await shot(page, "profiles-console");

  // the operator gives the expired client 60 more days: it is served again
  const later = jstDay(60);
  await page.getByLabel("期限切れの家計簿 の利用期限（この日まで利用できます）").fill(later);
  await page.getByRole("region", { name: `期限切れの家計簿（${expired}）の変更` }).getByRole("button", { name: "利用期限を変更" }).click();
  await expect(page.getByText("baseline の利用期限を変更しました。")).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: expired }).getByRole("cell", { name: "あと60日", exact: true })).toBeVisible();
  const again = await request.get(`/sakura/oauth/authorize?client_id=${expired}&response_type=code&redirect_uri=${encodeURIComponent(REDIRECT)}&scope=balances&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s`, { maxRedirects: 0 });
  expect(again.status()).toBe(303);

  // the other one moves to fapi2 with its keys; it leaves the list and the client page says fapi2
  await page.getByRole("region", { name: `まもなく期限の家計簿（${soon}）の変更` }).getByText("fapi2 への切り替え").click();
  const switchForm = page.getByRole("form", { name: "まもなく期限の家計簿 を fapi2 に切り替える" });
  await switchForm.getByRole("button", { name: "fapi2 に切り替える" }).click();
  await expect(switchForm.getByText(/private_key_jwt には公開鍵/)).toBeVisible(); // it registered no keys
  await switchForm.getByLabel("JWKS（公開鍵のJSON）").fill(JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", kid: "k1" }] }));
  await switchForm.getByRole("button", { name: "fapi2 に切り替える" }).click();
  await expect(page.getByText("クライアントを fapi2 に切り替えました。")).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: soon })).toHaveCount(0);
  await page.goto(`/console/clients/${soon}`);
  await expect(page.getByText("fapi2", { exact: true })).toBeVisible();

  // both changes are in the audit chain, with who made them
  await page.goto(`/console/audit?${new URLSearchParams({ action: "client.", client: expired })}`);
  await expect(page.getByRole("cell", { name: "baseline の利用期限の変更" }).first()).toBeVisible();
  await page.goto(`/console/audit?${new URLSearchParams({ action: "client.", client: soon })}`);
  await expect(page.getByRole("cell", { name: "セキュリティプロファイルの切り替え（fapi2 へ）" }).first()).toBeVisible();
});

test("an operator of one institution cannot change a baseline client another institution shares", async ({ page, request }) => {
  const shared = await registerBaseline(request, "共有の家計簿");
  sql((db) => {
    const client = db.prepare(`SELECT id FROM "Client" WHERE "clientId" = ?`).get(shared) as { id: string };
    const minato = db.prepare(`SELECT id FROM "Institution" WHERE slug = 'minato'`).get() as { id: string };
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(`INSERT INTO "ClientInstitution" (id, "clientId", "institutionId", "personalSince", status, "createdAt", "updatedAt") VALUES (?, ?, ?, '2026-01-01', 'active', ?, ?)`)
      .run(`e2e-${shared}`, client.id, minato.id, now, now);
  });
  await signIn(page, "ops-sakura");
  await page.goto("/console/profiles");
  const section = page.getByRole("region", { name: `共有の家計簿（${shared}）の変更` });
  await expect(section.getByText("このクライアントは権限のない金融機関でも利用されています。")).toBeVisible();
  await expect(section.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "みなと信用金庫 の baseline 設定" })).toHaveCount(0);
});

test("an operator turns baseline on for kita, and the metadata follows at once", async ({ page, request }) => {
  const metadata = async () => (await request.get("/.well-known/oauth-authorization-server/kita")).json();
  expect((await metadata()).security_profiles_supported).toEqual(["fapi2"]);
  await signIn(page, "ops-kita");
  await page.goto("/console/profiles");
  const form = page.getByRole("form", { name: "きた信用組合 の baseline 設定" });
  await form.getByLabel("Bearer アクセストークンの有効期間（秒）").fill("30");
  await form.getByLabel("baseline プロファイルを利用できるようにする").check();
  await form.getByRole("button", { name: "きた信用組合の設定を保存" }).click();
  await expect(form.getByText("60秒以上を入力してください。")).toBeVisible();
  await expect(form.getByLabel("baseline プロファイルを利用できるようにする")).toBeChecked(); // what was entered stays
  await form.getByLabel("Bearer アクセストークンの有効期間（秒）").fill("300");
  await form.getByRole("button", { name: "きた信用組合の設定を保存" }).click();
  await expect(page.getByText("baseline プロファイルの設定を保存しました。")).toBeVisible();
  expect(await metadata()).toMatchObject({ security_profiles_supported: ["fapi2", "baseline"], require_pushed_authorization_requests: false });

  // and off again, as the demo data has it
  await page.goto("/console/profiles");
  await expect(page.getByRole("form", { name: "きた信用組合 の baseline 設定" }).getByLabel("baseline プロファイルを利用できるようにする")).toBeChecked();
  await page.getByRole("form", { name: "きた信用組合 の baseline 設定" }).getByLabel("baseline プロファイルを利用できるようにする").uncheck();
  await page.getByRole("form", { name: "きた信用組合 の baseline 設定" }).getByRole("button", { name: "きた信用組合の設定を保存" }).click();
  await expect(page.getByText("baseline プロファイルの設定を保存しました。")).toBeVisible();
  expect((await metadata()).security_profiles_supported).toEqual(["fapi2"]);
});

test("an operator registers a baseline client with the form: its secret is shown once, with its 利用期限, and it is listed", async ({ page }) => {
  await signIn(page, "ops-sakura");
  await page.goto("/console/clients/new");
  await page.getByLabel("連携先（会社名）").fill("移行中アグリゲーター株式会社");
  await page.getByLabel("電子決済等代行業者の登録番号").fill("関東財務局長（電代）第2000号");
  await page.getByLabel("サービス名").fill("フォームの家計簿");
  await page.getByLabel("リダイレクトURI（1行に1つ）").fill("https://form.example/cb");
  await page.getByLabel("クライアント認証方式").selectOption("client_secret_basic");
  await page.getByLabel("さくら信用金庫 連携開始日（個人）").fill("2026-04-01");
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByText("client_secret_basic は baseline プロファイルのクライアント（client_secret_basic はサンドボックスも）だけに使えます。")).toBeVisible();
  await page.getByLabel("セキュリティプロファイル").selectOption("baseline");
  await page.getByLabel("クライアント認証方式").selectOption("client_secret_basic");
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByText("クライアントを登録しました。")).toBeVisible();
  await expect(page.getByText(/^client_secret（この画面でのみ表示します。控えてください）: [A-Za-z0-9_-]{43}$/)).toBeVisible();
  await expect(page.getByText(`baseline プロファイルの利用期限: ${jstDay(365)}（期限は「セキュリティプロファイル」の画面で変更できます）`)).toBeVisible();
  await page.goto("/console/profiles");
  await expect(page.getByRole("table", { name: "baseline のクライアント一覧" }).getByRole("row").filter({ hasText: "フォームの家計簿" }).getByRole("cell", { name: jstDay(365), exact: true })).toBeVisible();
});
