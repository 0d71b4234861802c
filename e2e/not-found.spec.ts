// A page that does not exist answers 404 in Japanese with one <title> — also once the page has hydrated,
// when Next adds the metadata it streams (two titles would let a screen reader announce the wrong one).
import { expect, test } from "@playwright/test";

const CASES: [path: string, title: string][] = [
  ["/no-such-page", "ページが見つかりません｜Renkei"],
  ["/console/no-such-page", "ページが見つかりません｜Renkei"],
  ["/docs/no-such-page", "ページが見つかりません｜Renkei"],
  ["/sakura/no-such-page", "ページが見つかりません｜さくら信用金庫"],
  ["/kita/links/no-such-page", "ページが見つかりません｜きた信用組合"],
];

test("every not-found page has one title, its own", async ({ page }) => {
  for (const [path, title] of CASES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await page.locator("title").allTextContents(), path).toEqual([title]);
  }
});
