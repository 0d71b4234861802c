// The institution's landing page: its APIサービスのご案内, in its theme.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InstitutionHeader } from "@/components/ui/institution-header";
import { getInstitution } from "@/lib/institutions/get-institution";

type TProps = { params: Promise<{ institution: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const institution = await getInstitution((await params).institution);
  return { title: institution ? `${institution.theme.serviceName}のご案内` : "見つかりません" };
}

export default async function InstitutionPage({ params }: TProps) {
  const institution = await getInstitution((await params).institution);
  if (!institution) notFound();
  const { theme, settings } = institution;
  return (
    <>
      <InstitutionHeader theme={theme} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-bold">{institution.name} APIサービスのご案内</h1>
        <section className="rounded-theme bg-surface p-5 shadow-sm" aria-labelledby="about">
          <h2 id="about" className="mb-2 text-lg font-bold">APIサービスとは</h2>
          <p className="leading-relaxed">
            APIサービスとは、家計簿アプリや会計ソフト等を取扱う外部企業に対して、お客さまの同意を得たうえで、お客さまの契約者IDや利用者暗証番号等を預けることなく、残高や入出金明細等の情報を連携するサービスです。
          </p>
        </section>
        <section className="rounded-theme bg-surface p-5 shadow-sm" aria-labelledby="channels">
          <h2 id="channels" className="mb-2 text-lg font-bold">対象のサービス</h2>
          <ul className="list-disc pl-6">
            {settings.channels.map((channel) => (
              <li key={channel}>{theme.channelNames[channel]}</li>
            ))}
          </ul>
        </section>
        <nav aria-label="関連ページ" className="flex flex-wrap gap-4">
          <Link className="text-accent underline" href={`/${institution.slug}/partners`}>連携先一覧</Link>
          <Link className="text-accent underline" href={`/${institution.slug}/links`}>連携サービスの確認・停止</Link>
          <Link className="text-accent underline" href="/">Renkei トップ</Link>
        </nav>
      </main>
    </>
  );
}
