// The ID/password + ワンタイムパスワード login with the demo TOTP. A code is accepted once per user and
// 30-second step (lib/bank/embedded/verify-totp.ts), and a code made at the very end of a step may reach the
// server a step later: so the next code is tried when one is refused.
import type { Page } from "@playwright/test";
import { totp } from "./start-flow";

export async function otpLogin(page: Page, contract: string, reached = "外部サービスに許可する業務") {
  for (const offset of [0, 1, -1]) {
    await page.getByLabel("契約者ID").fill(contract);
    await page.getByLabel("パスワード", { exact: true }).fill("Demo-pass-1");
    await page.getByLabel("ワンタイムパスワード").fill(totp(offset));
    await page.getByRole("button", { name: "認証", exact: true }).click();
    const through = await page.getByText(reached).first().waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (through) return;
  }
  throw new Error("no one-time password was accepted");
}
