// /console: per institution, its connection to the bank's own systems (勘定系・IB) — the operations team's first look
// when the API answers 503. Words for the circuit and the failure categories of lib/bank/transport/.
import type { TBankConnectionRow } from "@/lib/console/list-bank-connections";
import type { TBankFailure } from "@/lib/bank/transport/bank-transport";
import { formatJst } from "@/lib/console/format-jst";

const CIRCUIT = { closed: "正常（接続中）", open: "遮断中", "half-open": "試行中（復旧確認）" } as const;
const FAILURE: Record<TBankFailure, string> = {
  timeout: "タイムアウト",
  network: "接続できない",
  status_5xx: "銀行側のエラー（5xx）",
  bad_response: "不正な応答",
  circuit_open: "遮断中のため未送信",
  cap_full: "同時接続数の上限",
  misconfigured: "接続設定の不備",
};

export function BankConnectionsTable({ rows }: { rows: TBankConnectionRow[] }) {
  return (
    <table className="w-full border-collapse bg-surface text-sm">
      <caption className="p-2 text-left font-bold">勘定系・IB との接続</caption>
      <thead>
        <tr className="border-b text-left">
          <th className="p-2">金融機関</th><th className="p-2">方式</th><th className="p-2">回路</th>
          <th className="p-2">応答時間（直近）</th><th className="p-2">最後のエラー</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b" data-institution={row.slug}>
            <td className="p-2">{row.name}</td>
            <td className="p-2">
              {row.mode === "embedded" ? "内蔵（Renkei のデータ）" : <>HTTP 接続<br /><span className="text-xs">{row.baseUrl}（タイムアウト {row.timeoutMs} ms）</span></>}
            </td>
            <td className="p-2">{row.mode === "embedded" ? "—" : CIRCUIT[row.circuit]}</td>
            <td className="p-2">{row.latency ? `p50 ${row.latency.p50Ms} ms / p95 ${row.latency.p95Ms} ms（${row.latency.calls} 件）` : "—"}</td>
            <td className="p-2">{row.lastError ? `${FAILURE[row.lastError.category]}（${formatJst(row.lastError.at)}）` : "なし"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
