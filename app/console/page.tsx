// /console — 概要: what this operator looks after, at a glance, and where each task is.
import type { Metadata } from "next";
import Link from "next/link";
import { BankConnectionsTable } from "@/components/console/bank-connections-table";
import { ConsoleShell } from "@/components/console/console-shell";
import { consolePage } from "@/lib/console/console-page";
import { countConsoleSummary } from "@/lib/console/count-console-summary";
import { listBankConnections } from "@/lib/console/list-bank-connections";

export const metadata: Metadata = { title: "運用コンソール" };
export const dynamic = "force-dynamic";

export default async function ConsoleHome() {
  const { scope, shell } = await consolePage();
  const [summary, connections] = await Promise.all([countConsoleSummary(scope), listBankConnections(scope)]);
  return (
    <ConsoleShell {...shell} title="概要">
      <table className="w-full border-collapse bg-surface text-sm">
        <caption className="sr-only">金融機関ごとの件数</caption>
        <thead><tr className="border-b text-left"><th className="p-2">金融機関</th><th className="p-2">有効なクライアント</th><th className="p-2">停止中のクライアント</th><th className="p-2">有効な連携</th></tr></thead>
        <tbody>
          {summary.map((s) => (
            <tr key={s.id} className="border-b"><td className="p-2">{s.name}</td><td className="p-2">{s.active}</td><td className="p-2">{s.suspended}</td><td className="p-2">{s.grants}</td></tr>
          ))}
        </tbody>
      </table>
      <BankConnectionsTable rows={connections} />
      <ul className="list-disc space-y-1 pl-6">
        <li><Link className="text-accent underline" href="/console/clients">連携先（電子決済等代行業者）とクライアントの登録・停止・連携開始日</Link></li>
        <li><Link className="text-accent underline" href="/console/profiles">baseline プロファイルのクライアントの利用期限と fapi2 への切り替え、金融機関ごとの設定</Link></li>
        <li><Link className="text-accent underline" href="/console/grants">お客さまの連携（認可）の検索と取消</Link></li>
        <li><Link className="text-accent underline" href="/console/usage">連携先ごとの利用状況（月ごとの呼び出し回数・エラー・上限超過、CSV）</Link></li>
        <li><Link className="text-accent underline" href="/console/tokens">動的クライアント登録用の初期アクセストークンの発行と取消</Link></li>
        <li><Link className="text-accent underline" href="/console/audit">監査ログの閲覧とハッシュチェーンの検証</Link></li>
      </ul>
    </ConsoleShell>
  );
}
