// /console/grants — search the customers' links (grants) of this operator's institutions, and revoke one
// after a confirmation with a reason (a page state, so it works without JavaScript).
import { amrLabel } from "@/lib/console/amr-label";
import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/console/console-shell";
import { Notice } from "@/components/console/notice";
import { consolePage } from "@/lib/console/console-page";
import { searchGrants, ZGrantSearchSchema } from "@/lib/console/search-grants";
import { revokeGrantAction } from "@/lib/console/actions/grants";
import { formatJst } from "@/lib/console/format-jst";
import { REVOKED_BY_LABELS } from "@/lib/console/revoked-by-label";
import { InstitutionFilter } from "@/components/console/institution-filter";
import { RevokeReasonField } from "@/components/console/revoke-reason-field";

export const metadata: Metadata = { title: "連携（認可）の検索" };
export const dynamic = "force-dynamic";

const STATUS: Record<string, string> = { active: "有効", revoked: "取消済み", replaced: "置換済み", expired: "期限切れ" };

type TSearch = Record<string, string | undefined>;

export default async function GrantsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const raw = await searchParams;
  const query = ZGrantSearchSchema.parse({ institutionId: raw.institutionId, clientId: raw.clientId, loginId: raw.loginId, status: raw.status, page: raw.page });
  const { scope, institutions, shell } = await consolePage();
  const result = await searchGrants(scope, query);
  const keep = new URLSearchParams(Object.entries({ institutionId: query.institutionId, clientId: query.clientId, loginId: query.loginId, status: query.status }).filter(([, v]) => v) as [string, string][]);
  const withParams = (extra: Record<string, string>) => `/console/grants?${new URLSearchParams([...keep, ...Object.entries(extra)])}`;
  const confirming = result.rows.find((g) => g.id === raw.confirm && g.status === "active");
  return (
    <ConsoleShell {...shell} title="連携（認可）の検索">
      <Notice code={raw.done} />
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-theme bg-surface p-4 text-sm">
        <InstitutionFilter institutions={institutions} value={query.institutionId} />
        <label>client_id<input name="clientId" defaultValue={query.clientId} className="block rounded-theme border px-2 py-1" /></label>
        <label>お客さまのログインID<input name="loginId" defaultValue={query.loginId} className="block rounded-theme border px-2 py-1" /></label>
        <label>状態
          <select name="status" defaultValue={query.status} className="block rounded-theme border px-2 py-1">
            <option value="">すべて</option>
            {Object.entries(STATUS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">検索</button>
      </form>
      {confirming ? (
        <section aria-label="取消の確認" className="space-y-3 rounded-theme border-2 border-error bg-surface p-4">
          <p className="font-bold">「{confirming.client.clientName}」と {confirming.user.displayName}（{confirming.user.loginId}）さまの連携を取り消しますか？連携先はこの連携のトークンで口座情報を取得できなくなります。</p>
          <form action={revokeGrantAction} className="space-y-3">
            <input type="hidden" name="grantId" value={confirming.id} />
            <input type="hidden" name="back" value={`?${keep}`} />
            <RevokeReasonField refused={raw.done === "needs-reason"} />
            <div className="flex gap-3">
              <button type="submit" className="rounded-theme bg-error px-4 py-2 font-bold text-white">取り消す</button>
              <Link href={withParams({})} className="rounded-theme border px-4 py-2">やめる</Link>
            </div>
          </form>
        </section>
      ) : null}
      <p className="text-sm">{result.total}件</p>
      <div className="overflow-x-auto" role="region" aria-label="連携の一覧（横にスクロールできます）" tabIndex={0}>
        <table className="w-full min-w-[56rem] border-collapse bg-surface text-sm">
          <caption className="sr-only">連携の一覧</caption>
          <thead><tr className="border-b text-left"><th className="p-2">金融機関</th><th className="p-2">サービス</th><th className="p-2">お客さま</th><th className="p-2">業務</th><th className="p-2">本人確認</th><th className="p-2">口座数</th><th className="p-2">許可日</th><th className="p-2">有効期限</th><th className="p-2">最終利用</th><th className="p-2">状態</th></tr></thead>
          <tbody>
            {result.rows.map((g) => (
              <tr key={g.id} className="border-b align-top">
                <td className="p-2">{g.institution.name}</td>
                <td className="p-2">{g.client.clientName}<br /><span className="text-xs">{g.client.aggregator.name}</span></td>
                <td className="p-2">{g.user.displayName}<br /><span className="text-xs">{g.user.loginId}</span></td>
                <td className="p-2">{g.operations.join("・")}</td>
                <td className="p-2">{amrLabel(g.amr)}{g.amr ? <><br /><code className="text-xs">amr: {g.amr}</code></> : null}</td>
                <td className="p-2">{g._count.accounts}</td>
                <td className="p-2">{formatJst(g.createdAt)}</td>
                <td className="p-2">{formatJst(g.expiresAt)}</td>
                <td className="p-2">{g.lastAccessAt ? formatJst(g.lastAccessAt) : "—"}</td>
                <td className="p-2">
                  {STATUS[g.status] ?? g.status}{g.revokedBy ? `（${REVOKED_BY_LABELS[g.revokedBy as keyof typeof REVOKED_BY_LABELS] ?? g.revokedBy}）` : ""}
                  {g.revokedAt ? <><br /><span className="text-xs">{formatJst(g.revokedAt)}</span></> : null}
                  {g.revokedReason ? <><br /><span className="text-xs">理由: {g.revokedReason}</span></> : null}
                  {g.status === "active" ? <><br /><Link className="text-error underline" href={withParams({ confirm: g.id, page: String(query.page) })}>取り消す</Link></> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="ページ" className="flex gap-4 text-sm">
        {query.page > 1 ? <Link className="text-accent underline" href={withParams({ page: String(query.page - 1) })}>前へ</Link> : null}
        <span>{query.page} / {result.pages}</span>
        {query.page < result.pages ? <Link className="text-accent underline" href={withParams({ page: String(query.page + 1) })}>次へ</Link> : null}
      </nav>
    </ConsoleShell>
  );
}
