// /console/clients — the aggregators and their clients at this operator's institutions: search, filters,
// order and pages (lib/console/search-clients.ts), with 登録日 and each institution's status and listing.
import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/console/console-shell";
import { ClientSearchForm } from "@/components/console/client-search-form";
import { ProfileBadge } from "@/components/console/profile-badge";
import { consolePage } from "@/lib/console/console-page";
import { formatJst } from "@/lib/console/format-jst";
import { searchClients, ZClientSearchSchema } from "@/lib/console/search-clients";
import { listPendingClients } from "@/lib/console/list-pending-clients";
import { CLIENT_STATUS_JA } from "@/lib/console/client-status-ja";

export const metadata: Metadata = { title: "連携先・クライアント" };
export const dynamic = "force-dynamic";


export default async function ClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const raw = await searchParams;
  const query = ZClientSearchSchema.parse({ q: raw.q, institutionId: raw.institutionId, status: raw.status, sandbox: raw.sandbox, published: raw.published, sort: raw.sort, page: raw.page });
  const { scope, institutions, shell } = await consolePage();
  const [result, pending] = await Promise.all([searchClients(scope, query), listPendingClients(scope)]);
  const keep = Object.entries({ q: query.q, institutionId: query.institutionId, status: query.status, sandbox: query.sandbox, published: query.published, sort: query.sort }).filter(([, v]) => v) as [string, string][];
  const pageHref = (page: number) => `/console/clients?${new URLSearchParams([...keep, ["page", String(page)]])}`;
  return (
    <ConsoleShell {...shell} title="連携先・クライアント">
      {pending.length ? (
        <section aria-labelledby="pending-heading" className="space-y-2 rounded-theme border-2 border-accent bg-surface p-4">
          <h2 id="pending-heading" className="text-lg font-bold">有効化待ちのクライアント（{pending.length}件）</h2>
          <p className="text-sm">連携先が初期アクセストークン（業者の指定なし）で登録したクライアントです。会社と登録番号を確認し、クライアントの画面で有効にしてください。有効にするまで連携を始められません。</p>
          <ul className="space-y-1">
            {pending.map((p) => (
              <li key={`${p.clientId}-${p.institution}`}>
                <Link className="text-accent underline" href={`/console/clients/${encodeURIComponent(p.clientId)}`}>{p.clientName}</Link>
                {" "}— {p.aggregator}（{p.registrationNumber}）・{p.institution}・{formatJst(p.registeredAt)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p><Link className="text-accent underline" href="/console/clients/new">クライアントを登録する</Link></p>
      <ClientSearchForm query={query} institutions={institutions} />
      <p className="text-sm" role="status">{result.total}件</p>
      <div className="overflow-x-auto" role="region" aria-label="クライアント一覧（横にスクロールできます）" tabIndex={0}>
        <table className="w-full min-w-[56rem] border-collapse bg-surface text-sm">
          <caption className="sr-only">クライアント一覧</caption>
          <thead>
            <tr className="border-b text-left">
              {["連携先", "サービス", "client_id", "認証方式", "登録日", "金融機関ごとの状態"].map((h) => <th key={h} scope="col" className="p-2">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((c) => (
              <tr key={c.clientId} className="border-b align-top">
                <td className="p-2">{c.aggregator}<br /><span className="text-xs">{c.registrationNumber}</span></td>
                <td className="p-2"><Link className="text-accent underline" href={`/console/clients/${encodeURIComponent(c.clientId)}`}>{c.clientName}</Link>{c.sandbox ? <span className="ml-1 text-xs">（サンドボックス）</span> : null}</td>
                <td className="p-2 font-mono text-xs">{c.clientId}</td>
                <td className="p-2 text-xs">{c.authMethod}<br /><ProfileBadge profile={c.securityProfile} sunsetAt={c.securityProfileSunsetAt} /></td>
                <td className="p-2 whitespace-nowrap">{formatJst(c.createdAt).split(" ")[0]}</td>
                <td className="p-2">
                  {c.institutions.length === 0 ? "（どの金融機関でも未登録）" : c.institutions.map((i) => (
                    <div key={i.institutionId}>{i.name}: {CLIENT_STATUS_JA[i.status] ?? i.status}・{i.publishedAt ? "連携先一覧に掲載中" : "未掲載"}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.total === 0 ? <p>条件に合うクライアントはありません。</p> : null}
      <nav aria-label="ページ" className="flex gap-4 text-sm">
        {query.page > 1 ? <Link className="text-accent underline" href={pageHref(query.page - 1)}>前へ</Link> : null}
        <span>{query.page} / {result.pages}</span>
        {query.page < result.pages ? <Link className="text-accent underline" href={pageHref(query.page + 1)}>次へ</Link> : null}
      </nav>
    </ConsoleShell>
  );
}
