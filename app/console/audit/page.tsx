// /console/audit — the audit log of this operator's institutions (filter by institution, action, dates;
// 50 a page, newest first) and the hash chain's verification (lib/audit/verify-chain.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/console/console-shell";
import { consolePage } from "@/lib/console/console-page";
import { listAuditEvents, ZAuditQuerySchema } from "@/lib/console/list-audit-events";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { formatJst } from "@/lib/console/format-jst";
import { InstitutionFilter } from "@/components/console/institution-filter";

export const metadata: Metadata = { title: "監査ログ" };
export const dynamic = "force-dynamic";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const raw = await searchParams;
  const query = ZAuditQuerySchema.parse({ institutionId: raw.institutionId, action: raw.action, from: raw.from, to: raw.to, before: raw.before });
  const { scope, institutions, shell } = await consolePage();
  const [{ rows, nextBefore }, report] = await Promise.all([listAuditEvents(scope, query), raw.verify ? verifyAuditChain() : null]);
  const names = new Map(institutions.map((i) => [i.id, i.name]));
  const keep = Object.entries({ institutionId: query.institutionId, action: query.action, from: query.from, to: query.to }).filter(([, v]) => v) as [string, string][];
  return (
    <ConsoleShell {...shell} title="監査ログ">
      <section aria-label="ハッシュチェーンの検証" className="space-y-2 rounded-theme bg-surface p-4">
        <form method="get"><input type="hidden" name="verify" value="1" /><button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">ハッシュチェーンを検証する</button></form>
        {report ? (
          report.ok ? (
            <p role="status" className="font-bold">改ざんは検出されませんでした（{report.checked}件を検証。最新 #{report.lastId}、ハッシュ {report.lastHash?.slice(0, 16)}…）。</p>
          ) : (
            <p role="alert" className="font-bold text-error">改ざんを検出しました: {report.message}（{report.checked}件目まで正常）</p>
          )
        ) : null}
      </section>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-theme bg-surface p-4 text-sm">
        <InstitutionFilter institutions={institutions} value={query.institutionId} />
        <label>操作（前方一致）<input name="action" defaultValue={query.action} placeholder="grant." className="block rounded-theme border px-2 py-1" /></label>
        <label>開始日<input type="date" name="from" defaultValue={query.from} className="block rounded-theme border px-2 py-1" /></label>
        <label>終了日<input type="date" name="to" defaultValue={query.to} className="block rounded-theme border px-2 py-1" /></label>
        <button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">絞り込む</button>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[56rem] border-collapse bg-surface text-xs">
          <caption className="sr-only">監査ログ</caption>
          <thead><tr className="border-b text-left"><th className="p-2">#</th><th className="p-2">日時</th><th className="p-2">金融機関</th><th className="p-2">操作者</th><th className="p-2">操作</th><th className="p-2">対象</th><th className="p-2">IP</th><th className="p-2">詳細</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b align-top">
                <td className="p-2">{r.id}</td>
                <td className="p-2 whitespace-nowrap">{formatJst(r.at)}</td>
                <td className="p-2">{r.institutionId ? names.get(r.institutionId) ?? r.institutionId : "—"}</td>
                <td className="p-2">{r.actorType}{r.actorId ? `: ${r.actorId}` : ""}</td>
                <td className="p-2 font-mono">{r.action}</td>
                <td className="p-2">{r.targetType ? `${r.targetType}: ${r.targetId ?? ""}` : "—"}</td>
                <td className="p-2">{r.ip ?? "—"}</td>
                <td className="p-2 font-mono break-all">{r.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextBefore ? <Link className="text-accent underline" href={`/console/audit?${new URLSearchParams([...keep, ["before", String(nextBefore)]])}`}>次の50件</Link> : null}
    </ConsoleShell>
  );
}
