// Signs an operator in to the console (the demo operators share one password: docs/operators.md).
import { expect, type Page } from "@playwright/test";

export async function signInOperator(page: Page, loginId: string) {
  await page.goto("/console/login");
  await page.getByLabel("ログインID").fill(loginId);
  await page.getByLabel("パスワード").fill("Operator-pass-1");
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByRole("heading", { name: "概要" })).toBeVisible();
}
