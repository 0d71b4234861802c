// Every page of the portal and the console, at 390 px (a phone) and 1280 px (a desk): nothing scrolls
// sideways at 390 px (the document is no wider than the viewport), axe finds nothing at either width, and
// on every institution page the header's logo starts where the page's content column starts (1280 px).
// The consent steps are reached through real flows (e2e/helpers), the console as a signed-in operator.
// Screenshots: test-results/screenshots/width/{page}-{390|1280}.png.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInOperator } from "./helpers/console";
import { otpLogin } from "./helpers/otp-login";
import { kitaLoginThroughOperations } from "./helpers/kita-login";
import { callbackUrl, registerPinsIfAsked, shot } from "./helpers/screens";
import { startFlow } from "./helpers/start-flow";

test.use({ viewport: { width: 390, height: 844 } });
// each test walks many pages, each checked twice by axe
test.describe.configure({ timeout: 600_000 });

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };

/** The header logo's left edge and the content column's (main's content box), at this width. */
async function logoAndColumn(page: Page) {
  return page.evaluate(() => {
    const logo = document.querySelector("header > div > :first-child")!.getBoundingClientRect().left;
    const main = document.querySelector("main")!;
    return { logo, column: main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft) };
  });
}

/**
 * The checks of one page, left at 390 px afterwards. `institution`: a page in an institution's frame
 * (its header's logo is measured against the content column).
 */
async function check(page: Page, name: string, options: { institution?: boolean } = {}) {
  await page.waitForLoadState("load");
  await page.setViewportSize(PHONE);
  const { scrollWidth, viewport, widest } = await page.evaluate(() => {
    // the outermost elements that reach past the viewport, to say where the page is too wide
    const over = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5);
    const outermost = over.filter((el) => !over.some((other) => other !== el && other.contains(el) && other !== document.body));
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")} (${Math.round(el.getBoundingClientRect().right)} px)`;
    return { scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth, widest: over.filter((el) => !outermost.includes(el)).slice(-3).concat(outermost.slice(0, 3)).map(describe) };
  });
  // soft: one run names every page that is too wide, not only the first
  expect.soft(scrollWidth, `${name} scrolls sideways at 390 px: ${widest.join(", ")}`).toBeLessThanOrEqual(viewport);
  // preview frames are screens of their own, each checked at its own URL
  const phone = await new AxeBuilder({ page }).exclude("iframe").analyze();
  expect.soft(phone.violations.map((v) => `${name} @390: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
  await shot(page, `width/${name}-390`);

  await page.setViewportSize(DESK);
  const desk = await new AxeBuilder({ page }).exclude("iframe").analyze();
  expect.soft(desk.violations.map((v) => `${name} @1280: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
  if (options.institution) {
    const { logo, column } = await logoAndColumn(page);
    expect.soft(Math.abs(logo - column), `${name}: the logo starts at ${logo} px, the content column at ${column} px`).toBeLessThan(1);
    await shot(page, `width/${name}-1280`);
  }
  await page.setViewportSize(PHONE);
}

test("the portal: top, docs, demo, preview gallery", async ({ page }) => {
  for (const [path, name] of [
    ["/", "top"], ["/docs", "docs"], ["/demo", "demo"], ["/demo/result", "demo-result-unlinked"], ["/preview", "preview"],
    ["/preview/compare/consent", "preview-compare-consent"], ["/preview/screen/links?institution=sakura", "preview-screen-links"],
    ["/no-such-page", "not-found"], ["/nosuchbank/links", "unknown-institution"],
  ] as const) {
    await page.goto(path);
    await check(page, name);
  }
  // the authorization endpoint's refusal page, in the institution's frame
  await page.goto("/preview/authorization-error/unknown_client?institution=minato");
  await check(page, "authorization-error", { institution: true });
});

test("every institution's own pages: guide, terms, partners, 連携サービスの確認・停止, not found, the password help", async ({ page }) => {
  for (const slug of ["sakura", "minato", "kita"]) {
    for (const [path, name] of [["", "guide"], ["/terms", "terms"], ["/partners", "partners"], ["/links", "links-login"], ["/no-such-page", "not-found"]] as const) {
      await page.goto(`/${slug}${path}`);
      await check(page, `${slug}-${name}`, { institution: true });
    }
  }
  await page.goto("/minato/help/password");
  await expect(page.getByRole("heading", { name: "ログインパスワードが分からない場合のお手続き" })).toBeVisible();
  await check(page, "minato-help-password", { institution: true });
});

test("the consent steps through real flows, and 連携サービスの確認・停止 signed in", async ({ page }) => {
  const sakura = await startFlow("sakura");
  await page.goto(sakura.url);
  await check(page, "sakura-channel", { institution: true });
  await page.getByRole("button", { name: "個人のお客さま" }).click();
  await expect(page.getByLabel("ワンタイムパスワード")).toBeVisible();
  await check(page, "sakura-personal-login", { institution: true });
  await otpLogin(page, "1000000001");
  await check(page, "sakura-consent", { institution: true });

  const corporate = await startFlow("sakura", { channel: "corporate" });
  await page.goto(corporate.url);
  await check(page, "sakura-corporate-login", { institution: true });

  const minato = await startFlow("minato", { channel: "corporate", metadata: { client_name: "クラウド会計ソフト freee 法人プラン（幅の確認）" } });
  await page.goto(minato.url);
  await check(page, "minato-corporate-login", { institution: true });
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await check(page, "minato-consent", { institution: true });
  await page.getByLabel(/に同意しました。/).check();
  await page.getByRole("button", { name: "許可" }).click();
  await callbackUrl(page);

  await page.goto("/minato/links");
  const webFb = page.getByRole("region", { name: "WEB-FB" });
  await webFb.getByLabel("お客様ID").fill("CORP0002");
  await webFb.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await webFb.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("link", { name: /との連携を停止/ }).first()).toBeVisible();
  await check(page, "minato-links", { institution: true });
  await page.getByRole("link", { name: /との連携を停止/ }).first().click();
  await expect(page.getByText("との連携を停止しますか？")).toBeVisible();
  await check(page, "minato-links-confirm", { institution: true });

  const kita = await startFlow("kita");
  await page.goto(kita.url);
  await check(page, "kita-login", { institution: true });
  await page.getByLabel("ログインID").fill("kita-user1");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();
  await expect(page.getByText("はじめて飼ったペットの名前は？")).toBeVisible();
  await check(page, "kita-additional-auth", { institution: true });
  await page.getByLabel("回答").fill("ぽち");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("heading", { name: /認可業務選択/ })).toBeVisible();
  await check(page, "kita-operations", { institution: true });
  await page.getByRole("button", { name: "次へ" }).click();
  await registerPinsIfAsked(page);
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await check(page, "kita-consent", { institution: true });
});

test("the demo's result after a real link", async ({ page }) => {
  await page.goto("/demo");
  await page.getByLabel("きた信用組合").check();
  await page.getByRole("button", { name: "金融機関と連携する" }).click();
  await kitaLoginThroughOperations(page);
  await registerPinsIfAsked(page);
  await page.getByLabel("許可手続きを継続する").check();
  await page.getByRole("button", { name: "許可" }).click();
  await expect(page.getByRole("heading", { name: "連携結果（きた信用組合）" })).toBeVisible();
  await check(page, "demo-result");
});

test("the console, signed in as an operator of every institution: every page", async ({ page }) => {
  await page.goto("/console/login");
  await check(page, "console-login");
  await signInOperator(page, "ops-admin");
  for (const [path, name] of [
    ["/console", "console"], ["/console/clients", "console-clients"], ["/console/clients/new", "console-clients-new"], ["/console/clients/freee", "console-client"],
    ["/console/profiles", "console-profiles"], ["/console/grants", "console-grants"], ["/console/tokens", "console-tokens"], ["/console/audit", "console-audit"],
    ["/console/themes", "console-themes"], ["/console/themes/minato", "console-theme-minato"], ["/console/usage", "console-usage"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
    await check(page, name);
  }
  // a grant's 取消 confirmation, with its reason field
  await page.goto("/console/grants?status=active");
  await page.getByRole("link", { name: "取り消す" }).first().click();
  await expect(page.getByLabel(/取消の理由/)).toBeVisible();
  await check(page, "console-grants-confirm");
});
