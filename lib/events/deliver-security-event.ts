// One delivery attempt of a claimed event (RFC 8935): POST the SET to the client's event_delivery_uri
// with content-type application/secevent+jwt; 202 Accepted is success (RFC 8935 §2.2), anything else —
// another status, a refusal, a timeout, a body past the limit — a failure, retried with backoff until
// the event's giveUpAt and then marked failed. The request goes through lib/http/outbound-fetch.ts
// (no private addresses, no redirects, a deadline, a size limit). What the receiver answered is kept
// only as a short plain summary (status, and RFC 8935 §2.3's `err` and `description`), never as markup.
// The outcome is written only while this worker still holds the claim (same attempts). A target Renkei does
// not send to (a loopback host outside the demo, a private address: lib/http/resolve-outbound.ts) is refused
// before any connection is made, and the event fails with our own Japanese reason.
import "server-only";
import { db } from "@/lib/db";
import { metrics } from "@/lib/observability/metrics";
import { OutboundRefused, OutboundTimeout, OutboundTooLarge, outboundFetch } from "@/lib/http/outbound-fetch";
import type { TClaimedEvent } from "./claim-due-events";
import type { TDeliverySettings } from "./delivery-settings";
import { retryDelay } from "./retry-delay";
import { signSecurityEvent } from "./sign-security-event";

type TOutcome = { sent: true; status: number } | { sent: false; status: number | null; error: string; final?: boolean };

/** Printable text only, at most `max` characters: what a receiver wrote is data, not markup or control codes. */
const plain = (value: unknown, max: number) => String(value).replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, " ").slice(0, max);

async function failureOf(response: Response): Promise<string> {
  if (response.status >= 300 && response.status < 400) return `HTTP ${response.status}: リダイレクトには従いません（202 以外）`;
  let detail = "";
  try {
    const body = (await response.json()) as { err?: unknown; description?: unknown };
    if (body && typeof body === "object" && body.err !== undefined) detail = ` err=${plain(body.err, 40)}${body.description !== undefined ? ` description=${plain(body.description, 120)}` : ""}`;
  } catch {
    // not JSON: the status says enough
  }
  return `HTTP ${response.status}（202 以外）${detail}`;
}

function errorOf(error: unknown): string {
  // our own words, never the target's: nothing was sent, so nothing came back
  if (error instanceof OutboundRefused) {
    return /loopback/.test(error.message)
      ? "送信しません: 送信先がループバックアドレス（localhost・127.0.0.1 など）です。デモ環境以外では送信しません。"
      : `送信しません: ${plain(error.message, 160)}`;
  }
  if (error instanceof OutboundTimeout) return "時間内に応答がありません";
  if (error instanceof OutboundTooLarge) return "応答が大きすぎます";
  const code = (error as { code?: unknown }).code;
  return `接続できません${typeof code === "string" ? `（${plain(code, 40)}）` : ""}`;
}

async function attempt(event: TClaimedEvent, settings: TDeliverySettings): Promise<TOutcome> {
  const row = await db.securityEvent.findUnique({
    where: { id: event.id },
    select: { id: true, type: true, payload: true, txn: true, createdAt: true, institution: { select: { id: true, slug: true } }, client: { select: { clientId: true, eventDeliveryUri: true } } },
  });
  if (!row) return { sent: false, status: null, error: "イベントが見つかりません", final: true };
  if (!row.client.eventDeliveryUri) return { sent: false, status: null, error: "event_delivery_uri が登録されていません", final: true };
  const token = await signSecurityEvent(row);
  try {
    const response = await outboundFetch(row.client.eventDeliveryUri, {
      method: "POST",
      headers: { "content-type": "application/secevent+jwt", accept: "application/json" },
      body: token,
      timeoutMs: settings.timeoutMs,
      maxBytes: 16 * 1024,
    });
    if (response.status === 202) return { sent: true, status: 202 };
    return { sent: false, status: response.status, error: await failureOf(response) };
  } catch (error) {
    // a refused target is refused again at every retry: the event fails now; an operator who fixes the
    // event_delivery_uri sends it again from the console
    return { sent: false, status: null, error: errorOf(error), final: error instanceof OutboundRefused };
  }
}

export async function deliverSecurityEvent(event: TClaimedEvent, settings: TDeliverySettings): Promise<boolean> {
  let outcome: TOutcome;
  try {
    outcome = await attempt(event, settings);
  } catch (error) {
    outcome = { sent: false, status: null, error: `送信の準備に失敗しました: ${plain(error instanceof Error ? error.message : error, 120)}` };
  }
  const now = new Date();
  const held = { id: event.id, attempts: event.attempts, status: "sending" };
  if (outcome.sent) {
    await db.securityEvent.updateMany({ where: held, data: { status: "sent", sentAt: now, lastStatus: outcome.status, lastError: null, leaseUntil: null } });
    metrics().deliveries.inc({ outcome: "delivered" });
    return true;
  }
  const row = await db.securityEvent.findUnique({ where: { id: event.id }, select: { giveUpAt: true } });
  const giveUp = outcome.final || !row || row.giveUpAt <= now;
  await db.securityEvent.updateMany({
    where: held,
    data: giveUp
      ? { status: "failed", lastStatus: outcome.status, lastError: outcome.error, leaseUntil: null }
      : { status: "pending", lastStatus: outcome.status, lastError: outcome.error, leaseUntil: null, nextAttemptAt: new Date(now.getTime() + retryDelay(event.attempts, settings.retryBaseMs)) },
  });
  metrics().deliveries.inc({ outcome: giveUp ? "failed" : "retry" });
  return false;
}
