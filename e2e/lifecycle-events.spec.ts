// Lifecycle events end to end: a real receiver (docs/examples/set-receiver.mjs, verifying each SET with
// jose against the institution's jwks_uri fetched over HTTP from the running server) gets grant-revoked
// within seconds of a customer stopping the link at /links, an operator revoking the grant in the console
// and an operator suspending the client; and grant-expiring / grant-expired when the grant's expiry comes
// near and passes (the clock moved by rewriting the grant's expiresAt in the database; the server's sweep
// does the rest). The customer's page lists the endings and marks a link about to expire.
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startEventReceiver, type TEventReceiver } from "../test/support/event-receiver";
import { shot } from "./helpers/screens";
import { ORIGIN, startFlow } from "./helpers/start-flow";
import { consentAtMinatoCorporate } from "./helpers/minato-consent";
import { signInOperator } from "./helpers/console";
import { E2E_DB_FILE } from "./helpers/db";

const setExpiry = (grantId: string, at: Date) => {
  const db = new Database(E2E_DB_FILE);
  try {
    db.prepare(`UPDATE "Grant" SET "expiresAt" = ? WHERE id = ?`).run(at.toISOString(), grantId);
  } finally {
    db.close();
  }
};

let receiver: TEventReceiver;
test.beforeAll(async () => {
  receiver = await startEventReceiver(`${ORIGIN}/minato`);
});
test.afterAll(() => receiver.close());

/** minato 法人 consents for a fresh client named `name` whose events go to the receiver. */
async function linked(browser: Browser, name: string) {
  const page = await browser.newPage();
  const flow = await startFlow("minato", { channel: "corporate", metadata: { client_name: name, event_delivery_uri: receiver.uri } });
  receiver.expect(flow.clientId);
  const tokens = await consentAtMinatoCorporate(page, flow);
  await page.close();
  return { clientId: flow.clientId, grantId: String(tokens.grant_id) };
}

async function customerLinks(page: Page) {
  await page.goto("/minato/links");
  const corporate = page.getByRole("region", { name: "WEB-FB" });
  await corporate.getByLabel("お客様ID").fill("CORP0002");
  await corporate.getByLabel("ログインパスワード").fill("Demo-pass-2");
  await corporate.getByRole("button", { name: "認証", exact: true }).click();
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
}

test("the customer stops the link at /links: the service gets grant-revoked at once, and the page lists the ending", async ({ page, browser }) => {
  const { grantId } = await linked(browser, "E2E 通知 停止");
  await customerLinks(page);
  await page.getByRole("link", { name: "「E2E 通知 停止」との連携を停止" }).click();
  await page.getByRole("button", { name: "停止する" }).click();
  await expect(page.getByText("「E2E 通知 停止」との連携を停止しました。")).toBeVisible();
  const event = await receiver.waitFor((e) => e.payload.grant_id === grantId);
  expect(event).toMatchObject({ type: "grant-revoked", payload: { reason: "customer_revoked", revoked_at: expect.any(Number) } });

  const stopped = page.getByRole("region", { name: "停止した連携" });
  await expect(stopped.getByText("E2E 通知 停止")).toBeVisible();
  await expect(stopped.getByText("お客さま", { exact: true }).first()).toBeVisible();
  await shot(page, "minato-links-ended");
});

test("an operator revokes the grant, and suspends a client: grant-revoked each time, and the console shows the deliveries", async ({ page, browser }) => {
  const revoked = await linked(browser, "E2E 通知 取消");
  await signInOperator(page, "ops-minato");
  await page.goto(`/console/grants?clientId=${revoked.clientId}`);
  await page.getByRole("link", { name: "取り消す" }).click();
  await page.getByLabel(/取消の理由/).fill("お客さまからの申し出");
  await page.getByRole("button", { name: "取り消す" }).click();
  await expect(page.getByText("取り消しました。")).toBeVisible();
  expect((await receiver.waitFor((e) => e.payload.grant_id === revoked.grantId)).payload.reason).toBe("operator_revoked");

  const suspended = await linked(browser, "E2E 通知 利用停止");
  await page.goto(`/console/clients/${suspended.clientId}`);
  await page.getByRole("button", { name: "みなと信用金庫での利用を停止する" }).click();
  await expect(page.getByText("クライアントを停止しました。")).toBeVisible();
  const event = await receiver.waitFor((e) => e.payload.grant_id === suspended.grantId);
  expect(event.payload.reason).toBe("client_suspended");
  expect(event.txn).toEqual(expect.any(String));

  // the console: the delivery, sent, with its HTTP status
  await expect(async () => {
    await page.reload();
    const deliveries = page.getByRole("region", { name: "連携終了の通知" });
    await expect(deliveries.getByRole("cell", { name: "送信済み", exact: true })).toBeVisible({ timeout: 1000 });
    await expect(deliveries.getByRole("cell", { name: "202", exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await shot(page, "console-client-events");
  await page.getByRole("button", { name: "みなと信用金庫での停止を解除する" }).click();
  await expect(page.getByText("クライアントの停止を解除しました。")).toBeVisible();
});

test("a grant nears and passes its expiry: grant-expiring then grant-expired, and the customer's page marks it", async ({ page, browser }) => {
  const { grantId } = await linked(browser, "E2E 通知 期限");
  const soon = new Date(Date.now() + 10 * 86_400_000); // within minato's 14-day window
  setExpiry(grantId, soon);
  const expiring = await receiver.waitFor((e) => e.payload.grant_id === grantId && e.type === "grant-expiring");
  expect(expiring.payload.expires_at).toBe(Math.floor(soon.getTime() / 1000));

  await customerLinks(page);
  // each active link is an article headed by its service (two links may share a name, so not a named region)
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "E2E 通知 期限" }) });
  await expect(card.getByText("まもなく有効期限")).toBeVisible();
  await expect(card.getByText("有効期限が過ぎた場合は、再度、利用登録をいただく必要があります。", { exact: false })).toBeVisible();
  await shot(page, "minato-links-expiring");

  setExpiry(grantId, new Date(Date.now() - 1000));
  await receiver.waitFor((e) => e.payload.grant_id === grantId && e.type === "grant-expired");
  await page.reload();
  await expect(page.getByRole("region", { name: "期限切れ" }).getByText("E2E 通知 期限")).toBeVisible();
  await expect(page.getByRole("article").filter({ has: page.getByRole("heading", { name: "E2E 通知 期限" }) })).toHaveCount(0);
});
