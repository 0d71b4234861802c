// The console's 初期アクセストークン list: with no token it says so; a token issued with 発行する appears in
// the list at once, for its aggregator, with its status word; a single-use token spent by its registration
// reads 使用済み, and 登録番号 of another company is refused beside the field in Japanese.
import { expect, test } from "@playwright/test";
import { signInOperator } from "./helpers/console";
import { sql } from "./helpers/db";
import { newAggregator } from "../test/support/new-aggregator";

test("初期アクセストークン: the empty list says so, an issued token appears with its status word, a spent one reads 使用済み", async ({ page, request }) => {
  // kita's tokens only: no other spec issues any there
  sql((db) => db.prepare(`DELETE FROM "InitialAccessToken" WHERE "institutionId" = (SELECT "id" FROM "Institution" WHERE "slug" = 'kita')`).run());
  await signInOperator(page, "ops-kita");
  await page.goto("/console/tokens");
  await expect(page.getByRole("heading", { name: "初期アクセストークン" })).toBeVisible();
  await expect(page.getByText("発行済みの初期アクセストークンはありません。")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  // another company's 登録番号: refused beside the field, nothing issued
  await page.getByLabel("用途（ラベル）").fill("e2e-taken-number");
  await page.getByLabel("電子決済等代行業者名").fill("株式会社サンプル");
  await page.getByLabel("登録番号").fill("関東財務局長（電代）第77号");
  await page.getByRole("button", { name: "発行する" }).click();
  await expect(page.getByText("登録番号「関東財務局長（電代）第77号」は エメラダ株式会社 の登録番号です。1つの登録番号で登録できる電子決済等代行業者は1社だけです。")).toBeVisible();
  await expect(page.getByLabel("登録番号")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("issued-token")).toHaveCount(0);

  const aggregator = newAggregator("トークン一覧株式会社");
  await page.getByLabel("用途（ラベル）").fill("e2e-token-list");
  await page.getByLabel("電子決済等代行業者名").fill(aggregator.aggregator_name);
  await page.getByLabel("登録番号").fill(aggregator.aggregator_registration_number);
  await page.getByLabel("有効期間（時間）").fill("2");
  await expect(page.getByLabel("1回だけ使える", { exact: false })).toBeChecked();
  await page.getByRole("button", { name: "発行する" }).click();
  const token = (await page.getByTestId("issued-token").textContent())!.trim();
  expect(token).toMatch(/^iat_/);
  // the list refreshed without a reload
  const row = page.getByRole("row", { name: /e2e-token-list/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(1)).toHaveText(`${aggregator.aggregator_name}（${aggregator.aggregator_registration_number}）`);
  await expect(row.getByRole("cell").nth(6)).toHaveText("有効");
  await expect(page.getByText("発行済みの初期アクセストークンはありません。")).toHaveCount(0);

  const registered = await request.post("/kita/oauth/register", {
    headers: { authorization: `Bearer ${token}` },
    data: {
      client_name: "トークン一覧の家計簿", ...aggregator, redirect_uris: ["https://token-list.example/cb"],
      token_endpoint_auth_method: "private_key_jwt", jwks_uri: "https://token-list.example/jwks.json", channels: ["corporate"],
    },
  });
  expect(registered.status()).toBe(201);
  await page.reload();
  await expect(page.getByRole("row", { name: /e2e-token-list/ }).getByRole("cell").nth(6)).toHaveText("使用済み");
});
