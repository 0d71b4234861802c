// The root: every institution this portal serves, and the way to the docs, the demo and the tools.
import Link from "next/link";
import { ThemeScope } from "@/components/ui/theme-style";
import { listInstitutions } from "@/lib/institutions/get-institution";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const institutions = await listInstitutions();
  return (
    <main className="mx-auto max-w-4xl space-y-8 px-4 py-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Renkei</h1>
        <p>金融機関のAPI連携ポータル：お客さまの同意のもとで、外部サービスに残高・入出金明細を安全に連携します。</p>
      </header>
      <section aria-labelledby="institutions">
        <h2 id="institutions" className="mb-3 text-xl font-bold">金融機関</h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {institutions.map((institution) => (
            <li key={institution.slug}>
              <ThemeScope theme={institution.theme} className="rounded-theme overflow-hidden border border-black/10 shadow-sm">
                <Link href={`/${institution.slug}`} className="block">
                  <span className="block bg-primary px-4 py-3 font-bold text-on-primary">{institution.name}</span>
                  <span className="block bg-surface px-4 py-3 text-sm">{institution.theme.serviceName}</span>
                </Link>
              </ThemeScope>
            </li>
          ))}
        </ul>
      </section>
      <nav aria-label="ツール" className="grid gap-3 sm:grid-cols-2">
        <Link className="rounded border border-black/10 bg-white p-4 underline" href="/demo">デモアグリゲーター（連携を試す）</Link>
        <Link className="rounded border border-black/10 bg-white p-4 underline" href="/docs">API ドキュメント（アグリゲーター向け）</Link>
        <Link className="rounded border border-black/10 bg-white p-4 underline" href="/console">運用コンソール（金融機関向け）</Link>
        <Link className="rounded border border-black/10 bg-white p-4 underline" href="/preview">画面プレビュー（デザイナー向け）</Link>
      </nav>
    </main>
  );
}
