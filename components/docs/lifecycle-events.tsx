// /docs: 連携の終了・期限の通知 — the lifecycle Security Event Tokens (RFC 8417) pushed to a client's
// event_delivery_uri (RFC 8935): types and payloads, how to verify one with the institution's JWKS,
// retries, and the receiver example. The names come from lib/events/event-types.ts, so the page and
// what is sent cannot drift apart. More in docs/for-aggregators.md §6.
import { EVENT_TYPE_NAMESPACE, REVOCATION_REASONS } from "@/lib/events/event-types";
import { DocsSection } from "./docs-section";

const cell = "border px-2 py-1 align-top";

const VERIFY = `import { createRemoteJWKSet, jwtVerify } from "jose";
const keys = createRemoteJWKSet(new URL("{issuer}/oauth/jwks"));
const { payload } = await jwtVerify(body, keys, {
  issuer: "{issuer}", audience: clientId, typ: "secevent+jwt", algorithms: ["ES256"],
});
const [[type, event]] = Object.entries(payload.events);
// type: "${EVENT_TYPE_NAMESPACE}grant-revoked" など / event: { grant_id, … }
// 処理済みの jti は記録し、同じ jti は一度だけ処理する → 202 を返す`;

export function LifecycleEventsDocs({ origin }: { origin: string }) {
  const issuer = `${origin}/{institution}`;
  return (
    <DocsSection id="events" title="連携の終了・期限の通知 (Lifecycle events)" className="space-y-4">
      <p>
        お客さまが金融機関で連携を停止したとき、金融機関が連携を取り消したりクライアントを停止したとき、認可コードの再使用を検知したとき、
        有効期限が近づいたとき（金融機関の設定、既定は14日前）と切れたときに、登録した <code>event_delivery_uri</code> へ
        Security Event Token（RFC 8417）を送ります（RFC 8935 の push 配信）。ご自身による取消（RFC 7009、Grant Management の DELETE）は通知しません。
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>登録：クライアント登録の <code>event_delivery_uri</code>（https。開発時のみ localhost の http）。社内・プライベート・リンクローカル等のアドレスは <code>invalid_client_metadata</code> で拒否し、送信のたびにも確かめます。</li>
        <li>送信：<code>POST</code>、<code>Content-Type: application/secevent+jwt</code>。JWS ヘッダーは <code>{"{ alg: ES256, kid, typ: secevent+jwt }"}</code>。</li>
        <li>クレーム：<code>iss</code>（金融機関の issuer）、<code>aud</code>（client_id）、<code>iat</code>、<code>jti</code>、1つの変更で複数のイベントが出たとき <code>txn</code>、<code>events</code>（イベント1つ）。時刻はすべて UNIX 秒。</li>
      </ul>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="text-left font-bold">イベントの種類（<code>{EVENT_TYPE_NAMESPACE}</code> + 名前）</caption>
        <thead><tr>{["名前", "ペイロード", "いつ"].map((h) => <th key={h} scope="col" className={`${cell} text-left`}>{h}</th>)}</tr></thead>
        <tbody>
          <tr>
            <td className={`${cell} font-mono`}>grant-revoked</td>
            <td className={`${cell} font-mono`}>grant_id, reason, revoked_at</td>
            <td className={cell}>
              reason: <code>{REVOCATION_REASONS.customer}</code>（お客さまが停止）、<code>{REVOCATION_REASONS.operator}</code>（金融機関が取消）、
              <code>{REVOCATION_REASONS.suspension}</code>（クライアントの利用停止。その金融機関の連携すべて、同じ txn）、<code>{REVOCATION_REASONS.replay}</code>（認可コードの再使用）
            </td>
          </tr>
          <tr><td className={`${cell} font-mono`}>grant-expiring</td><td className={`${cell} font-mono`}>grant_id, expires_at</td><td className={cell}>有効期限が通知期間に入ったとき（1回）</td></tr>
          <tr><td className={`${cell} font-mono`}>grant-expired</td><td className={`${cell} font-mono`}>grant_id, expired_at</td><td className={cell}>有効期限が切れたとき</td></tr>
        </tbody>
      </table>
      <h3 className="font-bold">検証 (Verify with the JWKS)</h3>
      <p>署名を金融機関の <code>jwks_uri</code>（<code>{issuer}/oauth/jwks</code>）の公開鍵で検証し、<code>typ</code>・<code>iss</code>・<code>aud</code> を確かめてください。鍵は重複期間を設けて更新します（次の鍵は使用開始の7日前から公開、古い鍵は使用終了後30日公開）。</p>
      <pre className="rounded bg-white p-3 text-sm whitespace-break-spaces [overflow-wrap:anywhere]"><code>{VERIFY.replaceAll("{issuer}", issuer)}</code></pre>
      <h3 className="font-bold">応答と再送 (Responses and retries)</h3>
      <p>
        受け付けたら <code>202 Accepted</code>。それ以外（他のステータス、5秒以内に応答なし、リダイレクト、16 KiB を超える応答）は失敗とし、
        指数バックオフ（10秒から倍々、最大1時間間隔）で24時間再送します。拒否するときは <code>400</code> と <code>{"{ err, description }"}</code>（RFC 8935 §2.3）。
        同じイベントが2回以上届くことがあるため、<code>jti</code> で重複を除いてください。イベントは変更と同じトランザクションで記録するため、失われません。
      </p>
      <p>受信側の実装例：リポジトリの <code>docs/examples/set-receiver.mjs</code>（Node.js + jose。検証、400/500/202 の応答、jti による重複排除）。</p>
    </DocsSection>
  );
}
