// /console/usage — 利用状況: the month's calls per aggregator's client at the operator's institutions (the basis of
// 接続料), a chart of calls per day for each, the counts per operation, and the month's CSV.
import type { Metadata } from "next";
import { ConsoleShell } from "@/components/console/console-shell";
import { UsageChart } from "@/components/console/usage-chart";
import { consolePage } from "@/lib/console/console-page";
import { monthUsageView } from "@/lib/console/month-usage-view";
import { jstIsoDate } from "@/lib/time/jst";
import { MONTH } from "@/lib/usage/month-usage";

export const metadata: Metadata = { title: "利用状況" };
export const dynamic = "force-dynamic";

type TProps = { searchParams: Promise<{ month?: string }> };
const n = (v: number) => v.toLocaleString("ja-JP");

export default async function UsagePage({ searchParams }: TProps) {
  const { scope, shell } = await consolePage();
  const asked = (await searchParams).month ?? "";
  const month = MONTH.test(asked) ? asked : jstIsoDate().slice(0, 7);
  const blocks = await monthUsageView(scope, month);
  const [year, m] = month.split("-");
  return (
    <ConsoleShell {...shell} title="利用状況">
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="font-bold">対象月<input type="month" name="month" defaultValue={month} className="block rounded-theme border px-2 py-1 font-normal" /></label>
        <button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">表示</button>
        <a className="text-accent underline" href={`/console/usage/csv?month=${month}`} download>{`${year}年${Number(m)}月の利用状況をCSVでダウンロード`}</a>
      </form>
      <p className="text-sm">日付は日本時間。呼び出し回数は応答したすべての呼び出し（成功・エラー・上限超過）。エラーは 429 以外の 4xx、障害は 5xx。</p>
      {blocks.length === 0 ? <p>{`${year}年${Number(m)}月の呼び出しはありません。`}</p> : null}
      {blocks.map((b) => (
        <section key={`${b.institution}-${b.clientId}`} aria-label={`${b.clientName}（${b.institutionName}${b.clientId ? `・${b.clientId}` : ""}）`} className="space-y-3 rounded-theme bg-surface p-4">
          <h2 className="text-lg font-bold">{b.clientName}<span className="ml-2 font-mono text-sm font-normal">{b.clientId}</span><span className="ml-2 text-sm font-normal">{b.institutionName}</span></h2>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-6">
            <div><dt>呼び出し</dt><dd className="text-lg font-bold">{n(b.calls)}</dd></div>
            <div><dt>成功（2xx）</dt><dd className="text-lg font-bold">{n(b.ok)}</dd></div>
            <div><dt>エラー（4xx）</dt><dd className="text-lg font-bold">{n(b.clientErrors)}</dd></div>
            <div><dt>障害（5xx）</dt><dd className="text-lg font-bold">{n(b.serverErrors)}</dd></div>
            <div><dt>上限超過（429）</dt><dd className="text-lg font-bold">{n(b.rateLimited)}</dd></div>
            <div><dt>お客さまがいる呼び出し</dt><dd className="text-lg font-bold">{n(b.customerPresent)}</dd></div>
          </dl>
          <UsageChart days={b.days} label={`${b.clientName}の${year}年${Number(m)}月の日ごとの呼び出し回数。合計 ${b.calls} 回、うち成功 ${b.ok} 回`} />
          <div className="overflow-x-auto" role="region" tabIndex={0} aria-label={`${b.clientName}（${b.institutionName}${b.clientId ? `・${b.clientId}` : ""}）の操作ごとの件数（横にスクロールできます）`}>
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{`${b.clientName}の操作ごとの件数`}</caption>
              <thead><tr className="border-b text-left"><th className="p-2">操作</th><th className="p-2">呼び出し</th><th className="p-2">成功</th><th className="p-2">エラー</th><th className="p-2">障害</th><th className="p-2">上限超過</th><th className="p-2">お客さまがいる</th><th className="p-2">p95（ミリ秒、日ごとの最大）</th></tr></thead>
              <tbody>
                {b.operations.map((o) => (
                  <tr key={o.operation} className="border-b"><td className="p-2 font-mono">{o.operation}</td><td className="p-2">{n(o.calls)}</td><td className="p-2">{n(o.ok)}</td><td className="p-2">{n(o.clientErrors)}</td><td className="p-2">{n(o.serverErrors)}</td><td className="p-2">{n(o.rateLimited)}</td><td className="p-2">{n(o.customerPresent)}</td><td className="p-2">{n(o.p95Ms)}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </ConsoleShell>
  );
}
