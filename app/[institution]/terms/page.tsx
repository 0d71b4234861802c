// /{institution}/terms — the 利用規定 the consent screen links to. The text is a sample (each bank
// publishes its own); the title is the institution's own from its theme.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InstitutionHeader } from "@/components/ui/institution-header";
import { getInstitution } from "@/lib/institutions/get-institution";

export const metadata: Metadata = { title: "利用規定" };

const ARTICLES = [
  ["第1条（目的）", "本規定は、お客さまが外部企業（電子決済等代行業者）のサービスを利用するにあたり、当金融機関がお客さまの同意に基づいて口座情報（残高・入出金明細）を外部企業に提供するサービス（以下「本サービス」）の利用条件を定めるものです。"],
  ["第2条（同意）", "お客さまは、本人確認のうえアクセス許可の画面で提供する業務・口座・有効期限を確認し、許可することにより外部企業への情報提供に同意するものとします。"],
  ["第3条（有効期限）", "アクセス許可の有効期限は、許可した日から所定の日数とします。有効期限が過ぎた場合は、再度、利用登録が必要です。"],
  ["第4条（停止）", "お客さまは、外部企業への利用停止の手続き、または当金融機関の「連携サービスの確認・停止」により、いつでも情報提供を停止できます。"],
  ["第5条（免責）", "外部企業のサービスは当金融機関が提供するものではありません。外部企業のサービス内容については、各外部企業へお問い合わせください。"],
];

export default async function TermsPage({ params }: { params: Promise<{ institution: string }> }) {
  const institution = await getInstitution((await params).institution);
  if (!institution) notFound();
  const titles = [institution.theme.terms.title, institution.theme.corporateTerms?.title].filter(Boolean);
  return (
    <>
      <InstitutionHeader theme={institution.theme} column="max-w-3xl" />
      <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        <h1 className="text-2xl font-bold">{titles.join("／")}</h1>
        <p className="rounded-theme border border-black/20 bg-surface p-3 text-sm">※ デモ用の見本です。実際の規定は各金融機関が定めます。</p>
        {ARTICLES.map(([title, body]) => (
          <section key={title} aria-labelledby={title}>
            <h2 id={title} className="font-bold">{title}</h2>
            <p>{body}</p>
          </section>
        ))}
      </main>
    </>
  );
}
