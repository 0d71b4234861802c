// Passkeys in http mode (project bank-http: every demo institution connected to the reference simulator). The
// passkey is Renkei's own — the bank keeps the customer's secrets — and it names Renkei's User, whose bankRef is
// the bank's customer reference: after a passkey login the steps and the API ask the bank for that customer.
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { E2E_BANK_HTTP_DB_NAME, extraServerPort } from "../../test/env";
import { otpLogin } from "../helpers/otp-login";
import { callbackUrl } from "../helpers/screens";
import { startFlow } from "../helpers/start-flow";

const origin = `http://localhost:${extraServerPort("e2eBankHttp")}`;
const CHECKBOX = /しんきんインターネットバンキングAPIサービス利用規定に同意しました。/;

test("sakura 個人 in http mode: register after the bank's login, then the passkey alone; the API answers the bank's accounts", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  const first = await startFlow("sakura", { channel: "personal", origin });
  await page.goto(first.url);
  await otpLogin(page, "1000000001");
  await page.getByRole("region", { name: "パスキーの登録" }).getByRole("button", { name: "パスキーを登録" }).click();
  await expect(page.getByRole("status")).toContainText("を登録しました。");
  await page.getByLabel(CHECKBOX).check();
  await page.getByRole("button", { name: "許可" }).click();
  await callbackUrl(page, first.redirectUri);

  const second = await startFlow("sakura", { channel: "personal", origin });
  await page.goto(second.url);
  await page.getByRole("button", { name: "パスキーでログイン" }).click();
  await expect(page.getByText("外部サービスに許可する業務")).toBeVisible();
  await page.getByLabel(CHECKBOX).check();
  await page.getByRole("button", { name: "許可" }).click();
  const tokens = await second.exchange((await callbackUrl(page, second.redirectUri)).toString());
  const accounts = (await (await second.api(tokens.access_token, "/accounts")).json()) as { accounts: { accountNumber: string }[] };
  expect(accounts.accounts.length).toBeGreaterThan(0);

  // Renkei's rows: the passkey's user is the bank's customer by reference, and holds no secret
  const db = new Database(path.resolve(__dirname, "../..", ".data/test", `${E2E_BANK_HTTP_DB_NAME}.db`), { readonly: true });
  try {
    const row = db.prepare(`SELECT u."bankRef" AS bankRef, u."passwordHash" AS passwordHash, g."amr" AS amr FROM "Passkey" p JOIN "User" u ON u."id" = p."userId"
      JOIN "Grant" g ON g."userId" = u."id" WHERE u."loginId" = '1000000001' ORDER BY g."createdAt" DESC LIMIT 1`).get() as { bankRef: string | null; passwordHash: string; amr: string };
    expect(row.bankRef).toBeTruthy();
    expect(row.passwordHash).toBe("");
    expect(row.amr).toBe("hwk user mfa");
  } finally {
    db.close();
  }
});
