// 連携終了の通知 on a client's console page: where its lifecycle events go (editable by an operator of
// every institution it is enabled at) and its latest deliveries — 作成, 種類, 状態, 試行回数, HTTP, 最後のエラー —
// with 再送 for an event that failed or waits for its next attempt. Everything shown is text React escapes;
// the last error is Renkei's own summary of the receiver's answer (lib/events/deliver-security-event.ts).
import { formatJst } from "@/lib/console/format-jst";
import { retrySecurityEventAction } from "@/lib/console/actions/events";
import type { TClientEvents } from "@/lib/console/list-client-events";
import { EventDeliveryUriForm } from "./event-delivery-uri-form";

const STATUS: Record<string, string> = { pending: "再試行待ち", sending: "送信中", sent: "送信済み", failed: "失敗" };
const TYPE: Record<string, string> = { "grant-revoked": "連携の取消", "grant-expiring": "有効期限の接近", "grant-expired": "有効期限切れ" };

export function ClientEvents({ clientId, events }: { clientId: string; events: TClientEvents }) {
  return (
    <section aria-label="連携終了の通知" className="space-y-3 rounded-theme bg-surface p-4">
      <h2 className="text-lg font-bold">連携終了の通知（Security Event Token）</h2>
      {events.canEditUri ? (
        <EventDeliveryUriForm clientId={clientId} value={events.eventDeliveryUri ?? ""} />
      ) : (
        <p>イベント通知先: <span className="font-mono">{events.eventDeliveryUri ?? "未登録"}</span></p>
      )}
      {events.deliveries.length === 0 ? (
        <p>送信したイベントはありません。</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">イベントの送信状況</caption>
            <thead>
              <tr className="border-b">
                <th className="p-2">作成</th><th className="p-2">金融機関</th><th className="p-2">種類</th><th className="p-2">grant_id</th>
                <th className="p-2">状態</th><th className="p-2">試行回数</th><th className="p-2">HTTP</th><th className="p-2">最後のエラー</th><th className="p-2">送信日時 / 次の試行</th><th className="p-2"><span className="sr-only">操作</span></th>
              </tr>
            </thead>
            <tbody>
              {events.deliveries.map((e) => (
                <tr key={e.id} className="border-b align-top">
                  <td className="p-2 whitespace-nowrap">{formatJst(e.createdAt)}</td>
                  <td className="p-2">{e.institution}</td>
                  <td className="p-2">{TYPE[e.type] ?? e.type}</td>
                  <td className="p-2 font-mono">{e.grantId?.slice(0, 12)}</td>
                  <td className="p-2">{STATUS[e.status] ?? e.status}</td>
                  <td className="p-2">{e.attempts}</td>
                  <td className="p-2">{e.lastStatus ?? "—"}</td>
                  <td className="p-2 break-all">{e.lastError ?? "—"}</td>
                  <td className="p-2 whitespace-nowrap">{e.sentAt ? formatJst(e.sentAt) : e.status === "pending" ? formatJst(e.nextAttemptAt) : "—"}</td>
                  <td className="p-2">
                    {e.status === "failed" || e.status === "pending" ? (
                      <form action={retrySecurityEventAction}>
                        <input type="hidden" name="clientId" value={clientId} />
                        <input type="hidden" name="eventId" value={e.id} />
                        <button type="submit" className="rounded-theme border-2 border-primary px-3 py-1 font-bold">再送する</button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
