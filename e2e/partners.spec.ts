// 連携先一覧 is generated from the data, with each channel's 連携開始日 (seed 001's table).
import { expect, test } from "@playwright/test";

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
