// With the nonce-based policy (proxy.ts), every page's own scripts still run — the page hydrates — and the
// browser reports no violation: nothing of the app's own needed 'unsafe-inline'.
import { expect, test } from "@playwright/test";

const PAGES = ["/", "/sakura", "/kita/terms", "/sakura/partners", "/minato/links", "/docs", "/demo", "/console/login", "/preview", "/preview/screen/login?institution=sakura", "/preview/compare/login", "/no-such-page"];

test("every kind of page hydrates under the policy and reports no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const path of PAGES) {
    await page.goto(path);
    // Next's client runtime ran (it sets window.next when it starts)
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: unknown } }).next?.version)).toBe("string");
  }
  // a form's instant feedback is client code: leaving 契約者ID empty says so before anything is sent
  await page.goto("/minato/links");
  const personal = page.getByRole("region", { name: "WEBバンキング" });
  await personal.getByLabel("契約者ID").focus();
  await personal.getByLabel("パスワード", { exact: true }).focus();
  await expect(page.getByText("契約者IDを入力してください。").first()).toBeVisible();
  expect(violations).toEqual([]);
});
