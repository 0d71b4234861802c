import { expect, test } from "@playwright/test";

test("the root lists every institution", async ({ page }) => {
  await page.goto("/");
  for (const name of ["さくら信用金庫", "みなと信用金庫", "きた信用組合"]) {
    await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  }
});

for (const [slug, name, primary] of [
  ["sakura", "さくら信用金庫", "rgb(166, 30, 77)"],
  ["minato", "みなと信用金庫", "rgb(15, 76, 129)"],
  ["kita", "きた信用組合", "rgb(47, 107, 58)"],
] as const) {
  test(`/${slug} is in its own name and colours`, async ({ page }) => {
    await page.goto(`/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expect(page.getByRole("banner")).toHaveCSS("background-color", primary);
  });
}

test("an unknown institution is a 404 page, not an error", async ({ page }) => {
  const response = await page.goto("/no-such-bank");
  expect(response?.status()).toBe(404);
});
