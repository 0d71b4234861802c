// The designers' gallery: every screen in every state for every institution renders the seeds' words,
// passes axe with no violations, and is saved as a screenshot (test-results/screenshots/preview/).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const SCREENS: Record<string, string[]> = {
  sakura: ["login", "login-error", "login-locked", "certificate-error", "channel", "consent", "consent-error", "expired"],
  minato: ["login", "login-error", "login-locked", "certificate-error", "channel", "consent", "consent-error", "expired"],
  kita: ["login", "login-error", "login-locked", "certificate-error", "certificate-password", "additional-auth", "additional-auth-error", "operations", "operations-error", "pins", "pins-error", "pins-result", "consent", "consent-error", "expired"],
};
const WORDS: Record<string, RegExp> = {
  "login-locked": /一時的にご利用を停止しています/,
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
  await page.screenshot({ path: "test-results/screenshots/preview/compare-consent.png", fullPage: true });
});
