// The designers' gallery: every screen in every state for every institution renders the seeds' words,
// passes axe with no violations, and is saved as a screenshot (test-results/screenshots/preview/).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const LINKS = ["links-login", "links-login-error", "links", "links-confirm", "links-stopped", "links-empty"];
const SCREENS: Record<string, string[]> = {
  sakura: ["login", "login-error", "login-otp-error", "login-locked", "certificate-error", "channel", "consent", "consent-error", "expired", ...LINKS],
  minato: ["login", "login-error", "login-otp-error", "login-locked", "certificate-error", "channel", "consent", "consent-error", "expired", ...LINKS],
  kita: ["login", "login-error", "login-locked", "certificate-error", "certificate-password", "additional-auth", "additional-auth-error", "operations", "operations-error", "pins", "pins-error", "pins-result", "consent", "consent-error", "expired", ...LINKS],
};
const WORDS: Record<string, RegExp> = {
  "login-locked": /ご利用を停止しています。お取引店までお問い合わせください。/,
  "certificate-error": /電子証明書が確認できませんでした/,
  "certificate-password": /ログインパスワード/,
  channel: /個人のお客さま/,
  "additional-auth": /はじめて飼ったペットの名前は？/,
  operations: /入出金明細照会/,
  pins: /登録済み\*/,
  "pins-error": /照会用暗証番号が正しくありません/,
  "pins-result": /照会用暗証番号の追加登録/,
  consent: /外部サービスに許可する業務/,
  "consent-error": /にチェックしてください。/,
  expired: /お手続きの有効期限が切れました/,
  "login-otp-error": /ワンタイムパスワードが正しくありません。/,
  "links-login": /不要になった連携をいつでも停止できます/,
  "links-login-error": /入力された内容に誤りがあります。/,
  links: /「クラウド会計ソフト freee」との連携を停止/,
  "links-confirm": /との連携を停止しますか？/,
  "links-stopped": /「クラウド会計ソフト freee」との連携を停止しました。/,
  "links-empty": /現在、連携中のサービスはありません。/,
};

for (const [slug, screens] of Object.entries(SCREENS)) {
  test(`${slug}: every preview screen reads right and passes axe`, async ({ page }) => {
    for (const screen of screens) {
      await page.goto(`/preview/screen/${screen}?institution=${slug}`);
      if (screen !== "expired") await expect(page.getByText(/※当画面は、.+のWebサイトです。/)).toBeVisible();
      if (WORDS[screen]) await expect(page.getByText(WORDS[screen]).first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${screen}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/preview/${slug}-${screen}.png`, fullPage: true });
    }
  });
}

test("the gallery lists every screen and compares institutions side by side at phone and desktop widths", async ({ page }) => {
  await page.goto("/preview");
  await expect(page.getByRole("link", { name: /きた信用組合 照会用暗証番号登録結果/ })).toBeVisible();
  await page.goto("/preview/compare/consent");
  await expect(page.locator("iframe")).toHaveCount(6);
  await expect(page.frameLocator("iframe").first().getByText("外部サービスに許可する業務")).toBeVisible();
  await page.setViewportSize({ width: 1400, height: 900 });
  // every frame is as tall as its screen (the 許可 button is never cut off), and every PC frame starts on screen
  await expect.poll(() => page.locator("iframe").evaluateAll((frames) => frames.every((f) => {
    const doc = (f as HTMLIFrameElement).contentDocument;
    return !!doc && doc.readyState === "complete" && doc.documentElement.scrollHeight <= (f as HTMLIFrameElement).clientHeight + 1;
  }))).toBe(true);
  for (const frame of await page.getByRole("region", { name: /PC（1024px）/ }).all()) {
    const box = (await frame.boundingBox())!;
    expect(box.x).toBeLessThan(1400);
    expect(box.x).toBeGreaterThanOrEqual(0);
  }
  await page.screenshot({ path: "test-results/screenshots/preview/compare-consent.png", fullPage: true });
});

test("the gallery shows the authorization endpoint's refusal page in every institution's frame", async ({ page }) => {
  await page.goto("/preview");
  await page.getByRole("link", { name: /みなと信用金庫 お手続きを開始できません（有効期限切れ・使用済み）/ }).click();
  await expect(page.getByRole("heading", { name: "お手続きを開始できません" })).toBeVisible();
  await expect(page.getByText("お手続きの有効期限が切れたか、すでに使用されています。")).toBeVisible();
  expect(await page.title()).toBe("お手続きを開始できません｜みなと信用金庫");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/preview/minato-authorization-error.png", fullPage: true });
  await page.goto("/preview/compare/authorization-error-unknown_client");
  await expect(page.frameLocator("iframe").first().getByText("連携元のサービスが確認できませんでした。")).toBeVisible();
});
