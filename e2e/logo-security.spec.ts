// A logo cannot run script on the bank's origin: not through the preview's unsaved theme (?theme=), not
// through the theme editor, and not with the two markups that passed the old denylist. Each payload would
// set window.name (which survives even a javascript: navigation) or open a dialog; after loading, hovering
// and clicking the logo, neither has happened. A logo that passes is drawn as an <img> of a data: URL.
import { expect, test, type Page } from "@playwright/test";
import { demoInstitutions } from "../prisma/seed/institutions";
import { signInOperator as signIn } from "./helpers/console";

const sakura = demoInstitutions.find((i) => i.slug === "sakura")!.theme;

const PAYLOADS = {
  "an img with onerror": "<img src=x onerror=window.name=1>",
  "an event handler after a slash": "<svg width=300 height=40><g/onmouseover=window.name=1><rect width=300 height=40 fill=red></rect></g></svg>",
  "an unquoted, entity-encoded javascript: link": "<svg width=300 height=40><a href=java&#115;cript:void(window.name=1)><rect width=300 height=40 fill=blue></rect></a></svg>",
};
const GOOD_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32"><rect width="120" height="32" rx="6" fill="#ffffff"/><circle cx="16" cy="16" r="10" fill="#a61e4d"/></svg>';

const encode = (theme: unknown) => Buffer.from(JSON.stringify(theme)).toString("base64url");
const previewUrl = (logoSvg: string, displayName = "未保存のテーマ") =>
  `/preview/screen/login?institution=sakura&theme=${encode({ ...sakura, displayName, logoSvg })}`;


/** Hovers and clicks whatever the header draws first (the logo, or the text mark), then asks whether anything ran. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  const mark = page.locator("header > div > :first-child");
  await mark.hover();
  await mark.click();
  await page.getByRole("banner").hover();
  expect(await page.evaluate(() => window.name)).toBe("");
  expect(dialogs).toEqual([]);
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test.describe("the preview's unsaved theme", () => {
  for (const [name, logo] of Object.entries(PAYLOADS)) {
    test(`without a console session: ${name} never runs, and the saved theme is shown`, async ({ page }) => {
      const dialogs = watchDialogs(page);
      await page.goto(previewUrl(logo));
      await expect(page.getByText("※当画面は、さくら信用金庫のWebサイトです。")).toBeVisible();
      await expectNothingRan(page, dialogs);
      await expect(page.getByRole("banner")).toContainText(sakura.displayName);
      await expect(page.getByRole("banner")).not.toContainText("未保存のテーマ");
    });
  }

  test("an operator of sakura: every payload is refused by the theme check and never runs", async ({ page }) => {
    await signIn(page, "ops-sakura");
    const dialogs = watchDialogs(page);
    for (const logo of Object.values(PAYLOADS)) {
      await page.goto(previewUrl(logo));
      await expectNothingRan(page, dialogs);
      await expect(page.getByRole("banner")).toContainText(sakura.displayName);
      await expect(page.locator("header img, header svg")).toHaveCount(0);
    }
  });

  test("an operator of sakura sees a good unsaved logo, drawn as an image; nobody else does", async ({ page, browser }) => {
    await signIn(page, "ops-sakura");
    await page.goto(previewUrl(GOOD_LOGO));
    await expect(page.getByRole("banner")).toContainText("未保存のテーマ");
    const logo = page.locator("header img");
    await expect(logo).toHaveAttribute("src", `data:image/svg+xml;base64,${Buffer.from(GOOD_LOGO).toString("base64")}`);
    await expect(logo).toHaveAttribute("alt", "");
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
    await expect(page.locator("header svg")).toHaveCount(0);

    const minato = await browser.newPage(); // an operator who may not edit sakura
    await signIn(minato, "ops-minato");
    await minato.goto(previewUrl(GOOD_LOGO));
    await expect(minato.getByRole("banner")).toContainText(sakura.displayName);
    await expect(minato.locator("header img")).toHaveCount(0);
    await minato.close();

    const anonymous = await browser.newPage();
    await anonymous.goto(previewUrl(GOOD_LOGO));
    await expect(anonymous.getByRole("banner")).not.toContainText("未保存のテーマ");
    await expect(anonymous.locator("header img")).toHaveCount(0);
    await anonymous.close();
  });
});

test("the theme editor refuses each payload beside the field, and a good logo shows as an image everywhere", async ({ page }) => {
  await signIn(page, "ops-sakura");
  const dialogs = watchDialogs(page);
  await page.goto("/console/themes/sakura");
  const field = page.getByLabel("ロゴ（SVG、任意）");
  for (const logo of Object.values(PAYLOADS)) {
    await field.fill(logo);
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("ロゴはSVG（XML）として正しい形式で入力してください")).toBeVisible();
    await expect(page.getByText("保存しました。")).toHaveCount(0);
  }
  await field.fill(GOOD_LOGO.replace("<svg ", '<svg onload="window.name=1" '));
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText(/使えないもの.*属性 onload/)).toBeVisible();

  await field.fill(GOOD_LOGO);
  // the live preview (an operator's unsaved theme) draws it as an image before it is saved
  await expect(page.frameLocator("iframe").first().locator("header img")).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();

  try {
    for (const path of ["/sakura", "/sakura/links", "/sakura/oauth/authorize", "/preview/screen/consent?institution=sakura"]) {
      await page.goto(path);
      const logo = page.locator("header img");
      await expect(logo).toHaveAttribute("src", `data:image/svg+xml;base64,${Buffer.from(GOOD_LOGO).toString("base64")}`);
      expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
      await expect(page.locator("header svg")).toHaveCount(0);
      await expectNothingRan(page, dialogs);
    }
  } finally {
    // put it back for whatever runs next
    await page.goto("/console/themes/sakura");
    await page.getByLabel("ロゴ（SVG、任意）").fill("");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("保存しました。")).toBeVisible();
  }
});
