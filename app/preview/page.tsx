// /preview — the designers' gallery: every consent screen in every state, for every institution, with
// no login; each one alone or side by side across institutions at phone and desktop widths.
import type { Metadata } from "next";
import Link from "next/link";
import { listInstitutions } from "@/lib/institutions/get-institution";
import { PREVIEW_SCREENS, previewHref } from "@/lib/preview/screens";

export const metadata: Metadata = { title: "画面プレビュー", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function PreviewIndexPage() {
  const institutions = await listInstitutions();
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-10">
      <p className="text-sm"><Link className="underline" href="/">Renkei</Link> ／ 画面プレビュー</p>
      <h1 className="text-3xl font-bold">画面プレビュー</h1>
      <p>同意画面のすべての状態を、金融機関ごとのテーマで表示します（ログイン不要、送信は行われません）。</p>
      <div className="overflow-x-auto" role="region" aria-label="画面と金融機関の一覧（横にスクロールできます）" tabIndex={0}>
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr>
              <th scope="col" className="border px-2 py-2 text-left">画面・状態</th>
              {institutions.map((i) => <th key={i.slug} scope="col" className="border px-2 py-2">{i.name}</th>)}
              <th scope="col" className="border px-2 py-2">比較</th>
            </tr>
          </thead>
          <tbody>
            {PREVIEW_SCREENS.map((screen) => (
              <tr key={screen.id}>
                <th scope="row" className="border px-2 py-2 text-left font-normal">{screen.title}</th>
                {institutions.map((i) => (
                  <td key={i.slug} className="border px-2 py-2 text-center">
                    {screen.applies(i.settings) ? <Link className="underline" href={previewHref(screen, i.slug)}>表示<span className="sr-only">（{i.name} {screen.title}）</span></Link> : <span aria-label="この金融機関では使いません">―</span>}
                  </td>
                ))}
                <td className="border px-2 py-2 text-center"><Link className="underline" href={`/preview/compare/${screen.id}`}>並べて表示<span className="sr-only">（{screen.title}）</span></Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
