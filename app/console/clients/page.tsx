// /console/clients — the aggregators and their clients at this operator's institutions, with status.
import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/console/console-shell";
import { consolePage } from "@/lib/console/console-page";
import { listClients } from "@/lib/console/list-clients";

export const metadata: Metadata = { title: "連携先・クライアント" };
export const dynamic = "force-dynamic";

const STATUS: Record<string, string> = { active: "有効", suspended: "停止中" };

export default async function ClientsPage() {
  const { scope, shell } = await consolePage();
  const clients = await listClients(scope);
  return (
    <ConsoleShell {...shell} title="連携先・クライアント">
      <p><Link className="text-accent underline" href="/console/clients/new">クライアントを登録する</Link></p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse bg-surface text-sm">
          <caption className="sr-only">クライアント一覧</caption>
          <thead><tr className="border-b text-left"><th className="p-2">連携先</th><th className="p-2">サービス</th><th className="p-2">client_id</th><th className="p-2">認証方式</th><th className="p-2">金融機関ごとの状態</th></tr></thead>
          <tbody>
            {clients.map((c) => (
              <tr key={c.clientId} className="border-b align-top">
                <td className="p-2">{c.aggregator}<br /><span className="text-xs">{c.registrationNumber}</span></td>
                <td className="p-2"><Link className="text-accent underline" href={`/console/clients/${encodeURIComponent(c.clientId)}`}>{c.clientName}</Link>{c.sandbox ? <span className="ml-1 text-xs">（サンドボックス）</span> : null}</td>
                <td className="p-2 font-mono text-xs">{c.clientId}</td>
                <td className="p-2 text-xs">{c.authMethod}</td>
                <td className="p-2">{c.institutions.map((i) => <div key={i.institutionId}>{i.name}: {STATUS[i.status] ?? i.status}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ConsoleShell>
  );
}
