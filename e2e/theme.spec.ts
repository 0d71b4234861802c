// The theme editor: a new colour shows on the institution's real pages at once; a pair below WCAG AA
// is refused with the pair named; saving is for operators of that institution.
import { expect, test } from "@playwright/test";
import { startFlow } from "./helpers/start-flow";
import { signInOperator as signIn } from "./helpers/console";


test("an operator changes sakura's main colour and the consent pages show it; a low-contrast pair is refused", async ({ page }) => {
  await signIn(page, "ops-sakura");
  await page.goto("/console/themes/sakura");
  const primary = page.getByLabel("メインカラー（primary）", { exact: true });
  await expect(primary).toHaveValue("#A61E4D");

  await primary.fill("#F2B8C6"); // white text on a pale pink: about 1.8:1
  await expect(page.getByText(/ボタン文字（onPrimary）とボタン（primary）：1\.\d+:1/)).toBeVisible();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("文字と背景のコントラストが足りないため保存できません")).toBeVisible();

  await primary.fill("#7A1F3D");
  await expect(page.frameLocator("iframe").first().getByRole("banner")).toHaveCSS("background-color", "rgb(122, 31, 61)");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/theme-editor.png", fullPage: true });

  await page.goto("/sakura");
  await expect(page.getByRole("banner")).toHaveCSS("background-color", "rgb(122, 31, 61)");
  // a real consent page of a real flow
  const flow = await startFlow("sakura", { channel: "corporate" });
  await page.goto(flow.url);
  await expect(page.getByText("※当画面は、さくら信用金庫のWebサイトです。")).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCSS("background-color", "rgb(122, 31, 61)");
  await expect(page.getByRole("button", { name: "次へ" })).toHaveCSS("background-color", "rgb(122, 31, 61)");

  // put it back for whatever runs next
  await page.goto("/console/themes/sakura");
  await page.getByLabel("メインカラー（primary）", { exact: true }).fill("#A61E4D");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();
});

test("an operator of another institution cannot open sakura's editor", async ({ page }) => {
  await signIn(page, "ops-minato");
  const response = await page.goto("/console/themes/sakura");
  expect(response?.status()).toBe(404);
});
