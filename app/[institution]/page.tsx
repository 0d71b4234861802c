// /{institution} — 「APIサービスのご案内」 as the seeds publish it, generated from the institution's data:
// what the service is, the notes, the 連携先一覧, and the steps for each channel, each shown with the
// live preview of this institution's own configured screen.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InstitutionHeader } from "@/components/ui/institution-header";
import { AutoHeightFrame } from "@/components/preview/auto-height-frame";
import { getInstitution } from "@/lib/institutions/get-institution";
import { guideSteps } from "@/lib/guide/guide-steps";
import { pageTitle } from "@/lib/institutions/page-title";

type TProps = { params: Promise<{ institution: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const institution = await getInstitution((await params).institution);
  // the layout's template does not reach a page of its own segment: the same format, written out
  return institution ? { title: { absolute: pageTitle(`${institution.theme.serviceName}のご案内`, institution.name) } } : {};
}

export default async function InstitutionGuidePage({ params }: TProps) {
  const institution = await getInstitution((await params).institution);
  if (!institution) notFound();
  const { theme, settings, slug } = institution;
  const self = institution.name.endsWith("信用組合") ? "当組合" : "当金庫";
  const card = "rounded-theme bg-surface p-5 shadow-sm";
  return (
    <>
      <InstitutionHeader theme={theme} column="max-w-4xl" />
      <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-bold">{institution.name} APIサービスのご案内</h1>
        <section className={card} aria-labelledby="about">
          <h2 id="about" className="mb-2 text-lg font-bold">APIサービスとは</h2>
          <p className="leading-relaxed">APIサービスとは、家計簿アプリや会計ソフト等を取扱う外部企業に対して、お客さまの同意を得たうえで、お客さまのIDやパスワード等を預けることなく、残高や入出金明細等の情報を連携するサービスです。お客さまが外部企業のサービスを利用するにあたり、従来より安全かつ安定的に利用できるようになります。</p>
          <p className="mt-2 text-sm leading-relaxed">※ スクレイピング（外部企業にID・パスワードを登録し、外部企業がお客さまに代わってログインする方法）と異なり、API連携では{self}が発行するアクセス権限（トークン）を使うため、外部企業にID・パスワードを預ける必要がありません。</p>
        </section>
        <section className={card} aria-labelledby="notes">
          <h2 id="notes" className="mb-2 text-lg font-bold">ご利用にあたっての注意事項</h2>
          <ul className="list-disc space-y-1 pl-6">
            <li>APIサービスのご利用にあたっては、事前に外部企業のサービス利用契約および{settings.channels.map((c) => `「${theme.channelNames[c]}」`).join("または")}の利用契約が必要です。</li>
            <li>外部企業へお客さまの情報提供を停止するには、外部企業への利用停止の手続きが必要です。{self}の<Link className="text-accent underline" href={`/${slug}/links`}>連携サービスの確認・停止</Link>でも停止できます。</li>
            <li>外部企業とのAPI連携には、有効期限（{institution.consentDays}日）が定められています。有効期限が過ぎた場合は、再度、利用登録をいただく必要があります。</li>
          </ul>
          <p className="mt-3"><Link className="text-accent underline" href={`/${slug}/partners`}>連携先一覧</Link></p>
        </section>
        <section aria-labelledby="howto" className="space-y-4">
          <h2 id="howto" className="text-lg font-bold">ご利用にあたっての操作方法（利用登録）</h2>
          {settings.channels.map((channel) => (
            <article key={channel} className={`${card} space-y-4`} aria-label={theme.channelNames[channel]}>
              <h3 className="font-bold">{theme.channelNames[channel]}の場合</h3>
              <ol className="space-y-4">
                {guideSteps(settings, channel).map((step, i) => (
                  <li key={i} className="space-y-2">
                    <p className="font-bold">{i + 1}. {step.title}</p>
                    <p className="text-sm">{step.text}</p>
                    {step.preview ? (
                      <AutoHeightFrame title={`${theme.channelNames[channel]} 手順${i + 1}の画面`} src={`/preview/screen/${step.preview}?institution=${slug}&channel=${channel}`} width={375} height={560} className="block max-w-full" lazy />
                    ) : null}
                  </li>
                ))}
              </ol>
            </article>
          ))}
        </section>
        <nav aria-label="関連ページ" className="flex flex-wrap gap-4">
          <Link className="text-accent underline" href={`/${slug}/partners`}>連携先一覧</Link>
          <Link className="text-accent underline" href={`/${slug}/links`}>連携サービスの確認・停止</Link>
          <Link className="text-accent underline" href="/">Renkei トップ</Link>
        </nav>
      </main>
    </>
  );
}
