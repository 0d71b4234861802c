// /{institution}/partners — 連携先一覧, public, as the institutions publish it (seed 001's table).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InstitutionHeader } from "@/components/ui/institution-header";
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
      <InstitutionHeader theme={institution.theme} />
      <main className="mx-auto max-w-4xl space-y-4 px-4 py-8">
        <p className="text-sm"><Link className="text-accent underline" href={`/${institution.slug}`}>{institution.theme.serviceName}のご案内</Link> ／ 連携先一覧</p>
        <h1 className="text-2xl font-bold">連携先の一覧</h1>
        <p className="text-right text-sm">{asOfLabel()}</p>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse bg-surface text-sm">
            <caption className="sr-only">連携先・サービス内容・連携開始日</caption>
            <thead>
              <tr className="bg-background">
                <th scope="col" rowSpan={2} className="border border-black/20 px-2 py-2 text-left">連携先</th>
                <th scope="col" rowSpan={2} className="border border-black/20 px-2 py-2 text-left">サービス内容</th>
                <th scope="colgroup" colSpan={channels.length} className="border border-black/20 px-2 py-2">連携開始日</th>
              </tr>
              <tr className="bg-background">
                {channels.map((c) => <th key={c} scope="col" className="border border-black/20 px-2 py-2">{institution.theme.channelNames[c]}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.aggregator}-${r.service}`}>
                  <th scope="row" className="border border-black/20 px-2 py-2 text-left font-normal">{r.aggregator}</th>
                  <td className="border border-black/20 px-2 py-2">{r.service}</td>
                  {channels.map((c) => {
                    const since = c === "personal" ? r.personalSince : r.corporateSince;
                    return <td key={c} className="border border-black/20 px-2 py-2 text-center">{since ? slashDate(since) : "未連携"}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm">注）各サービス内容は{self}が提供するものではありません。内容等につきましては、各外部企業へお問い合わせください。</p>
        <p className="text-sm">※ {self}では、今後も外部企業とのAPI連携を順次開始していく予定です。</p>
      </main>
    </>
  );
}
