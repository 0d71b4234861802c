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

test("the guide page shows each channel's steps with the institution's own screens, and passes axe", async ({ page }) => {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  await page.goto("/minato");
  await expect(page.getByRole("heading", { name: "APIサービスとは" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "WEBバンキングの場合" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "WEB-FBの場合" })).toBeVisible();
  const corporate = page.getByRole("article", { name: "WEB-FB" });
  await expect(corporate.frameLocator("iframe").first().getByLabel("お客様ID")).toBeVisible();
  await expect(page.getByRole("link", { name: "連携先一覧" }).first()).toHaveAttribute("href", "/minato/partners");
  // the framed screens are checked one by one in preview.spec.ts
  expect((await new AxeBuilder({ page }).exclude("iframe").analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.goto("/kita");
  await expect(page.getByText("照会用暗証番号の登録（未登録の口座がある場合のみ）")).toBeVisible();
});

test("pages read at 320 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/sakura", "/kita/partners", "/preview/screen/login?institution=sakura", "/preview/screen/consent?institution=kita"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
