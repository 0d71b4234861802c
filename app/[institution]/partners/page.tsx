// /{institution}/partners — 連携先一覧, public, as the institutions publish it (docs/seeds/001's table): only the
// partners an operator published (lib/partners/list-partners.ts). Below 640 px each partner is a card.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InstitutionHeader } from "@/components/ui/institution-header";
import { STACKED } from "@/components/ui/stacked-table";
import { getInstitution } from "@/lib/institutions/get-institution";
import { asOfLabel, listPartners, slashDate } from "@/lib/partners/list-partners";

export const metadata: Metadata = { title: "連携先一覧" };
export const dynamic = "force-dynamic";

export default async function PartnersPage({ params }: { params: Promise<{ institution: string }> }) {
  const institution = await getInstitution((await params).institution);
  if (!institution) notFound();
  const rows = await listPartners(institution.id);
  const channels = institution.settings.channels;
  const self = institution.name.endsWith("信用組合") ? "当組合" : "当金庫";
  return (
    <>
      <InstitutionHeader theme={institution.theme} column="max-w-4xl" />
      <main className="mx-auto max-w-4xl space-y-4 px-4 py-8">
        <p className="text-sm"><Link className="text-accent underline" href={`/${institution.slug}`}>{institution.theme.serviceName}のご案内</Link> ／ 連携先一覧</p>
        <h1 className="text-2xl font-bold">連携先の一覧</h1>
        <p className="text-right text-sm">{asOfLabel()}</p>
        <table className={`${STACKED.table} bg-surface sm:min-w-[36rem]`}>
          <caption className="sr-only">連携先・サービス内容・連携開始日</caption>
          <thead className={STACKED.thead}>
            <tr className="bg-background">
              <th scope="col" rowSpan={2} className={STACKED.th}>連携先</th>
              <th scope="col" rowSpan={2} className={STACKED.th}>サービス内容</th>
              <th scope="colgroup" colSpan={channels.length} className={`${STACKED.th} text-center`}>連携開始日</th>
            </tr>
            <tr className="bg-background">
              {channels.map((c) => <th key={c} scope="col" className={`${STACKED.th} text-center`}>{institution.theme.channelNames[c]}</th>)}
            </tr>
          </thead>
          <tbody className={STACKED.tbody}>
            {rows.map((r) => (
              <tr key={`${r.aggregator}-${r.service}`} className={STACKED.row}>
                <th scope="row" className={STACKED.rowHeader}>{r.aggregator}</th>
                <td className={STACKED.cell} data-label="サービス内容">{r.service}</td>
                {channels.map((c) => {
                  const since = c === "personal" ? r.personalSince : r.corporateSince;
                  return <td key={c} className={`${STACKED.cell} sm:text-center`} data-label={`連携開始日（${institution.theme.channelNames[c]}）`}>{since ? slashDate(since) : "未連携"}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p>現在、連携している外部企業はありません。</p> : null}
        <p className="text-sm">注）各サービス内容は{self}が提供するものではありません。内容等につきましては、各外部企業へお問い合わせください。</p>
        <p className="text-sm">※ {self}では、今後も外部企業とのAPI連携を順次開始していく予定です。</p>
      </main>
    </>
  );
}
