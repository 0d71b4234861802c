// 連携先一覧 is generated from the data, with each channel's 連携開始日 (docs/seeds/001's table).
import { expect, test } from "@playwright/test";
import { signInOperator } from "./helpers/console";

test("minato lists the seeded aggregators with their dates per channel", async ({ page }) => {
  await page.goto("/minato/partners");
  await expect(page.getByRole("columnheader", { name: "WEBバンキング" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "WEB-FB" })).toBeVisible();
  const freee = page.getByRole("row", { name: /freee株式会社/ });
  await expect(freee.getByRole("cell").nth(1)).toHaveText("2020/2/3");
  await expect(freee.getByRole("cell").nth(2)).toHaveText("2019/2/4");
  const zaim = page.getByRole("row", { name: /株式会社Zaim/ });
  await expect(zaim.getByRole("cell").nth(2)).toHaveText("未連携");
  await expect(page.getByText("注）各サービス内容は当金庫が提供するものではありません。")).toBeVisible();
  await expect(page.getByRole("row", { name: /サンドボックス/ })).toHaveCount(0);
});

test("kita (信用組合, corporate only) shows one channel and speaks as 当組合", async ({ page }) => {
  await page.goto("/kita/partners");
  await expect(page.getByRole("columnheader", { name: "法人向けインターネットバンキング" })).toBeVisible();
  await expect(page.getByRole("row", { name: /株式会社マネーフォワード/ }).getByRole("cell").nth(1)).toHaveText("2019/8/1");
  await expect(page.getByText("注）各サービス内容は当組合が提供するものではありません。")).toBeVisible();
});

test("a self-registered client is not listed until an operator publishes it, with the 連携開始日 the operator sets", async ({ page, request }) => {
  const name = `掲載テスト株式会社${Date.now()}`;
  const registered = await request.post("/minato/oauth/register", {
    headers: { authorization: "Bearer test-initial-access-token" },
    data: {
      client_name: "掲載テスト家計簿", aggregator_name: name, aggregator_registration_number: `関東財務局長（電代）第${Date.now()}号`,
      redirect_uris: ["https://listing.example/cb"], token_endpoint_auth_method: "private_key_jwt", jwks_uri: "https://listing.example/jwks.json",
      channels: ["personal", "corporate"], service_description: "家計簿サービス「掲載テスト」",
    },
  });
  expect(registered.status()).toBe(201);
  const { client_id: clientId } = (await registered.json()) as { client_id: string };
  await page.goto("/minato/partners");
  await expect(page.getByRole("heading", { name: "連携先の一覧" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);

  // the operator finds it among the unlisted, and reviews it
  await signInOperator(page, "ops-minato");
  await page.goto(`/console/clients?${new URLSearchParams({ q: name, published: "no" })}`);
  await expect(page.getByText("1件")).toBeVisible();
  await page.getByRole("link", { name: "掲載テスト家計簿" }).click();
  await expect(page.getByText(`https://listing.example/cb`)).toBeVisible(); // redirect URIs and keys on the detail page
  await expect(page.getByText("https://listing.example/jwks.json")).toBeVisible();
  // the operator sets the dates the bank will publish (WEB-FB not yet)
  await page.getByLabel("連携開始日（個人）").fill("2026-10-01");
  await page.getByLabel("連携開始日（法人）").fill("");
  await page.getByRole("button", { name: "連携開始日を保存" }).click();
  await expect(page.getByText("連携開始日を更新しました。")).toBeVisible();
  await page.goto("/minato/partners");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0); // dates alone do not publish

  await page.goto(`/console/clients/${clientId}`);
  await page.getByRole("button", { name: "みなと信用金庫の連携先一覧に掲載する" }).click();
  await expect(page.getByText("連携先一覧に掲載しました。")).toBeVisible();
  await page.goto("/minato/partners");
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("家計簿サービス「掲載テスト」");
  await expect(row.getByRole("cell").nth(1)).toHaveText("2026/10/1");
  await expect(row.getByRole("cell").nth(2)).toHaveText("未連携");

  await page.goto(`/console/clients/${clientId}`);
  await page.getByRole("button", { name: "みなと信用金庫の連携先一覧への掲載をやめる" }).click();
  await expect(page.getByText("連携先一覧への掲載をやめました。")).toBeVisible();
  await page.goto("/minato/partners");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
});

test("the sandbox client and the demo client are never listed", async ({ page }) => {
  for (const slug of ["sakura", "minato", "kita"]) {
    await page.goto(`/${slug}/partners`);
    await expect(page.getByRole("row", { name: /サンドボックス|デモ/ })).toHaveCount(0);
  }
});
