// The screens' words and behaviour a customer, an operator and a screen-reader user meet, at 390 px:
// the forgotten-password link (the bank's own page, in a new tab), the 停止 link's wrapping, kita's 戻る and
// its note, focus after a refused form, the guide's and /docs' words, the unknown institution's title, the
// console's Japanese refusals beside the field, and the dates and account names of the samples.
import { expect, test, type Page } from "@playwright/test";
import { signInOperator } from "./helpers/console";
import { callbackUrl, registerPinsIfAsked } from "./helpers/screens";
import { startFlow, totp } from "./helpers/start-flow";
import { kitaLoginThroughOperations } from "./helpers/kita-login";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** What has focus: its tag, its accessible description (aria-describedby's text) and its own text. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const describedBy = (el?.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      invalid: el?.getAttribute("aria-invalid") ?? null,
      description: describedBy.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
      text: el?.textContent ?? "",
    };
  });
}

test("minato 法人: 「こちら」 opens the bank's page in a new tab, said to screen readers, and the login stays", async ({ page, context }) => {
  const flow = await startFlow("minato", { channel: "corporate" });
  await page.goto(flow.url);
  const link = page.getByRole("link", { name: /^こちら\s*（新しいタブで開きます）$/ });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/);
  await expect(link).toHaveAttribute("href", "/minato/help/password");
  const [help] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await help.waitForLoadState();
  await expect(help.getByRole("heading", { name: "ログインパスワードが分からない場合のお手続き" })).toBeVisible();
  await expect(help.getByText("金融機関は、このページに次のようなご案内を掲載します。")).toBeVisible();
  await expect(help).toHaveTitle("ログインパスワードが分からない場合のお手続き｜みなと信用金庫");
  await help.close();
  // the flow is where it was: the same login, still usable
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
});

test("focus after a refused login: the first field in error, described by its message; after a wrong password, the message", async ({ page }) => {
  const flow = await startFlow("sakura", { channel: "personal" });
  await page.goto(flow.url);
  // the intro names every field it asks for, the ワンタイムパスワード too
  await expect(page.getByText("契約者ID、ログインパスワードおよびワンタイムパスワードを入力して「認証」ボタンを押下してください。")).toBeVisible();
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("契約者IDを入力してください。")).toBeVisible();
  await expect.poll(async () => (await focused(page)).id).toMatch(/contractNumber$/);
  expect(await focused(page)).toMatchObject({ tag: "input", invalid: "true", description: "契約者IDを入力してください。" });

  // a contract that does not exist (no demo customer's failure counter moves): the server's message takes focus
  await page.getByLabel("契約者ID").fill("1999999999");
  await page.getByLabel("パスワード", { exact: true }).fill("Wrong-pass-1");
  await page.getByLabel("ワンタイムパスワード").fill(totp());
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByText("入力された内容に誤りがあります。")).toBeVisible();
  await expect.poll(async () => (await focused(page)).tag).not.toBe("body");
  const now = await focused(page);
  expect(`${now.text} ${now.description}`).toContain("入力された内容に誤りがあります。");
});

test("focus after a refused step: kita's empty 回答, and 認可業務選択 with nothing chosen", async ({ page }) => {
  const flow = await startFlow("kita");
  await page.goto(flow.url);
  await page.getByLabel("ログインID").fill("kita-user1");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-3");
  await page.getByRole("button", { name: "API連携" }).click();
  await expect(page.getByText("はじめて飼ったペットの名前は？")).toBeVisible();
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect.poll(async () => (await focused(page)).invalid).toBe("true");
  expect((await focused(page)).description).toMatch(/回答.*入力してください/);
  await page.getByLabel("回答").fill("ぽち");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("heading", { name: /認可業務選択/ })).toBeVisible();
  await page.getByLabel("残高照会").uncheck();
  await page.getByLabel("入出金明細照会").uncheck();
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("利用業務を1つ以上選択してください。")).toBeVisible();
  await expect.poll(async () => (await focused(page)).invalid).toBe("true");
  expect(await focused(page)).toMatchObject({ tag: "input", description: "利用業務を1つ以上選択してください。" });
});

test("kita アクセス許可: the button beside 許可 is the seed's 戻る, and the note beneath names 戻る", async ({ page }) => {
  const flow = await startFlow("kita");
  await page.goto(flow.url);
  await kitaLoginThroughOperations(page);
  await registerPinsIfAsked(page);
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await expect(page.getByRole("button", { name: "戻る" })).toBeVisible();
  await expect(page.getByRole("button", { name: "キャンセル" })).toHaveCount(0);
  await expect(page.getByText("※「許可」ボタンまたは「戻る」ボタン押下後は、外部サービスの画面へ戻ります。")).toBeVisible();
  await expect(page.getByText("「戻る」ボタンを押下すると、連携のお手続きは中止となります。")).toBeVisible();
  await expect(page.locator("main")).not.toContainText("キャンセル");
  // and it does what the note says: back to the service, the お手続き ended
  await page.getByRole("button", { name: "戻る" }).click();
  const callback = await callbackUrl(page);
  expect(callback.searchParams.get("error")).toBe("access_denied");
});

test("連携サービスの確認・停止 at 390 px: a long service name wraps before 「との連携を停止」, inside the border", async ({ page }) => {
  const flow = await startFlow("minato", { channel: "corporate", metadata: { client_name: "クラウド会計ソフト freee 法人プラン（停止の確認）" } });
  await page.goto(flow.url);
  await page.getByLabel("お客様ID").fill("CORP0002");
  await page.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await page.getByRole("button", { name: "認証", exact: true }).click();
  await page.getByLabel(/に同意しました。/).check();
  await page.getByRole("button", { name: "許可" }).click();
  await callbackUrl(page);
  await page.goto("/minato/links");
  const webFb = page.getByRole("region", { name: "WEB-FB" });
  await webFb.getByLabel("お客様ID").fill("CORP0002");
  await webFb.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await webFb.getByRole("button", { name: "認証", exact: true }).click();
  // the accessible name stays the words themselves (e2e/links.spec.ts finds the link by them)
  const stop = page.getByRole("link", { name: "「クラウド会計ソフト freee 法人プラン（停止の確認）」との連携を停止", exact: true }).first();
  await expect(stop).toBeVisible();
  await stop.scrollIntoViewIfNeeded();
  const layout = await stop.evaluate((link) => {
    // each character's line box, through a Range over the link's text
    const text = link.textContent!;
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    const chars: { ch: string; top: number; bottom: number; right: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        chars.push({ ch: node.textContent![i]!, top: Math.round(r.top), bottom: r.bottom, right: r.right });
      }
    }
    const box = link.getBoundingClientRect();
    const style = getComputedStyle(link);
    return { text, chars, inner: { bottom: box.bottom - parseFloat(style.borderBottomWidth), right: box.right - parseFloat(style.borderRightWidth) } };
  });
  const action = layout.chars.slice(-"との連携を停止".length);
  expect(action.map((c) => c.ch).join("")).toBe("との連携を停止");
  expect(new Set(action.map((c) => c.top)).size, "「との連携を停止」 is broken across lines").toBe(1);
  expect(new Set(layout.chars.map((c) => c.top)).size, "the name is long enough to wrap at 390 px").toBeGreaterThan(1);
  for (const c of layout.chars) {
    expect(c.bottom, `「${c.ch}」 sits on the border`).toBeLessThanOrEqual(layout.inner.bottom - 4);
    expect(c.right, `「${c.ch}」 leaves the border`).toBeLessThanOrEqual(layout.inner.right);
  }
  await page.screenshot({ path: "test-results/screenshots/words/minato-links-stop-390.png", fullPage: true });
});

test("the guide, /docs and an unknown institution say only what is there", async ({ page }) => {
  await page.goto("/kita");
  const guide = page.locator("main");
  await expect(guide.getByText("外部企業のサービスによって自動的に、法人向けの認証画面に移動します。")).toBeVisible();
  await expect(guide).not.toContainText("個人向け");
  await expect(guide).not.toContainText("ワンタイムパスワード");
  await expect(guide.getByText("「許可」ボタンまたは「戻る」ボタンを押すと、外部サービスの画面へ戻ります。")).toBeVisible();
  await page.goto("/sakura");
  await expect(page.locator("main").getByText("外部企業のサービスによって自動的に、個人向けまたは法人向けの認証画面に移動します。")).toHaveCount(2);

  await page.goto("/docs");
  await expect(page.locator("main")).not.toContainText("/docs にあります");
  const fapi2 = page.locator('section[aria-labelledby="profiles"] pre').first();
  await expect(fapi2).toContainText('kid: "key-2026-01"');
  await expect(fapi2).not.toContainText('"k1"');
  await expect(page.locator("main")).toContainText('kid:"key-2026-01"'); // how the keys are made (§3)

  for (const path of ["/nosuchbank/links", "/nosuchbank/terms", "/nosuchbank/partners"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
    await expect(page).toHaveTitle("ページが見つかりません｜Renkei");
  }
});

test("the console says its refusals beside the field in Japanese: a bad theme colour, an empty 取消の理由", async ({ page }) => {
  await signInOperator(page, "ops-minato");
  await page.goto("/console/themes/minato");
  const primary = page.getByLabel("メインカラー（primary）", { exact: true });
  await primary.fill("red");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("色は #RRGGBB で指定してください。")).toBeVisible();
  await expect(primary).toHaveAttribute("aria-invalid", "true");
  await expect(primary).toBeFocused();
  expect(await focused(page)).toMatchObject({ description: "色は #RRGGBB で指定してください。" });
  await expect(page.getByText("保存しました。")).toHaveCount(0);

  await page.goto("/console/grants?status=active");
  await page.getByRole("link", { name: "取り消す" }).first().click();
  const reason = page.getByLabel(/取消の理由/);
  await expect(reason).toBeVisible();
  await page.getByRole("button", { name: "取り消す" }).click();
  await expect(page.getByText("取消の理由を入力してください。")).toBeVisible();
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/confirm=/); // nothing was sent
});

test("the samples: the preview's expiry is ahead of today, and the demo's statement names its account", async ({ page }) => {
  await page.goto("/preview/screen/links?institution=sakura");
  const soon = new Date(Date.now() + 10 * 86_400_000);
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "numeric", day: "numeric" }).format(soon).split("-");
  await expect(page.getByRole("note")).toContainText(`${y}年${Number(m)}月${Number(d)}日に連携の有効期限が切れます。`);

  await page.goto("/demo");
  await page.getByLabel("きた信用組合").check();
  await page.getByRole("button", { name: "金融機関と連携する" }).click();
  await kitaLoginThroughOperations(page);
  await registerPinsIfAsked(page);
  await page.getByLabel("許可手続きを継続する").check();
  await page.getByRole("button", { name: "許可" }).click();
  await expect(page.getByRole("heading", { name: "連携結果（きた信用組合）" })).toBeVisible();
  const firstAccount = (await page.getByRole("region", { name: "口座一覧" }).getByRole("listitem").first().textContent())!;
  const [branch, type, number] = [firstAccount.split(" ")[0]!, firstAccount.split(" ")[1]!, firstAccount.split(" ")[2]!];
  await expect(page.getByRole("heading", { name: `入出金明細（${branch} ${type} ${number}）` })).toBeVisible();
});
