// /console/audit — the audit log of this operator's institutions in an operator's words: who (a customer
// by 契約者ID and name, an aggregator by company, an operator by name and login ID), what (the action's
// Japanese name), to whom, and the details as labelled fields; filtered by institution, customer, client,
// action and dates; 50 a page, newest first. And the hash chain's verification for an operator of every
// institution, once a minute (lib/console/verify-audit-chain-as-operator.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/console/console-shell";
import { AuditFilterForm } from "@/components/console/audit-filter-form";
import { consolePage } from "@/lib/console/console-page";
import { listAuditEvents, ZAuditQuerySchema } from "@/lib/console/list-audit-events";
import { listClientChoices } from "@/lib/console/list-client-choices";
import { describeAuditParties, type TAuditParty } from "@/lib/console/describe-audit-parties";
import { auditActionLabel } from "@/lib/console/audit-action-label";
import { auditDetailFields } from "@/lib/console/audit-detail-fields";
import { verifyAuditChainAsOperator, type TVerifyOutcome } from "@/lib/console/verify-audit-chain-as-operator";
import { formatJst } from "@/lib/console/format-jst";

export const metadata: Metadata = { title: "監査ログ" };
export const dynamic = "force-dynamic";

function Party({ party }: { party: TAuditParty | null }) {
  if (!party) return <>—</>;
  return (
    <>
      <span className="text-xs">{party.kind}</span><br />
      {party.name}
      {party.detail ? <><br /><span className="text-xs break-all">{party.detail}</span></> : null}
    </>
  );
}

function VerifyOutcome({ outcome }: { outcome: TVerifyOutcome | null }) {
  if (!outcome) return null;
  if (outcome.kind === "forbidden") return <p role="alert" className="font-bold text-error">ハッシュチェーンの検証は、全金融機関の操作権限を持つ運用者のみ行えます。</p>;
  if (outcome.kind === "throttled") return <p role="alert" className="font-bold text-error">ハッシュチェーンの検証は1分間に3回までです。しばらくしてからもう一度お試しください。</p>;
  const { report } = outcome;
  return report.ok ? (
    <>
      <p role="status" className="font-bold">改ざんは検出されませんでした（{report.checked}件を検証。最新 #{report.lastId}、ハッシュ {report.lastHash?.slice(0, 16)}…）。</p>
      {report.legacyThroughId !== null ? (
        <p className="text-sm">#{report.legacyThroughId} までの記録は鍵付きハッシュの導入前のもので、導入時に封印されています。封印の後の変更は検出されます。</p>
      ) : null}
    </>
  ) : (
    <p role="alert" className="font-bold text-error">改ざんを検出しました: {report.message}（{report.checked}件目まで正常）</p>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const raw = await searchParams;
  const query = ZAuditQuerySchema.parse({ institutionId: raw.institutionId, customer: raw.customer, client: raw.client, action: raw.action, from: raw.from, to: raw.to, before: raw.before });
  const { scope, institutions, shell } = await consolePage();
  const [{ rows, nextBefore }, clients, outcome] = await Promise.all([listAuditEvents(scope, query), listClientChoices(scope), raw.verify ? verifyAuditChainAsOperator(scope) : null]);
  const parties = await describeAuditParties(rows);
  const names = new Map(institutions.map((i) => [i.id, i.name]));
  const keep = Object.entries({ institutionId: query.institutionId, customer: query.customer, client: query.client, action: query.action, from: query.from, to: query.to }).filter(([, v]) => v) as [string, string][];
  return (
    <ConsoleShell {...shell} title="監査ログ">
      {scope.all ? (
        <section aria-label="ハッシュチェーンの検証" className="space-y-2 rounded-theme bg-surface p-4">
          <form method="get"><input type="hidden" name="verify" value="1" /><button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">ハッシュチェーンを検証する</button></form>
          <VerifyOutcome outcome={outcome} />
        </section>
      ) : outcome ? (
        <VerifyOutcome outcome={outcome} />
      ) : null}
      <AuditFilterForm query={query} institutions={institutions} clients={clients} />
      <div className="overflow-x-auto" role="region" aria-label="監査ログ（横にスクロールできます）" tabIndex={0}>
        <table className="w-full min-w-[64rem] border-collapse bg-surface text-sm">
          <caption className="sr-only">監査ログ</caption>
          <thead>
            <tr className="border-b text-left">
              {["#", "日時", "金融機関", "操作者", "操作", "対象", "IP", "詳細"].map((h) => <th key={h} scope="col" className="p-2">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const fields = auditDetailFields(r.details);
              return (
                <tr key={r.id} className="border-b align-top">
                  <td className="p-2">{r.id}</td>
                  <td className="p-2 whitespace-nowrap">{formatJst(r.at)}</td>
                  <td className="p-2">{r.institutionId ? names.get(r.institutionId) ?? r.institutionId : "—"}</td>
                  <td className="p-2"><Party party={parties[i]!.actor} /></td>
                  <td className="p-2 font-bold">{auditActionLabel(r.action)}</td>
                  <td className="p-2"><Party party={parties[i]!.target} /></td>
                  <td className="p-2 text-xs">{r.ip ?? "—"}</td>
                  <td className="p-2">
                    {fields.length ? (
                      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                        {fields.map((f) => <div key={f.label} className="contents"><dt className="font-bold">{f.label}</dt><dd className="break-all">{f.value}</dd></div>)}
                      </dl>
                    ) : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p>条件に合う記録はありません。</p> : null}
      {nextBefore ? <Link className="text-accent underline" href={`/console/audit?${new URLSearchParams([...keep, ["before", String(nextBefore)]])}`}>次の50件</Link> : null}
    </ConsoleShell>
  );
}
