// kita's corporate customer logs in with ログインID (docs/seeds/004 手順1-2), answers 追加認証 (手順2,
// asked on a browser not seen before) and goes past 認可業務選択 (手順3) with both operations.
import type { Page } from "@playwright/test";

export async function kitaLoginThroughOperations(page: Page) {
  await page.getByLabel("ログインID").fill("kita-user1");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();
  await page.getByLabel("回答").fill("ぽち");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await page.getByRole("button", { name: "次へ" }).click();
}
