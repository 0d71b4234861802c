// /preview/compare/{screen} — one screen side by side in every institution's theme, at phone and
// desktop widths (the screens themselves are framed from /preview/screen, which allows same-origin framing).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listInstitutions } from "@/lib/institutions/get-institution";
import { PREVIEW_SCREENS } from "@/lib/preview/screens";

export const metadata: Metadata = { title: "画面プレビュー（比較）", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function PreviewComparePage({ params }: { params: Promise<{ screen: string }> }) {
  const { screen } = await params;
  const entry = PREVIEW_SCREENS.find((s) => s.id === screen);
  if (!entry) notFound();
  const institutions = (await listInstitutions()).filter((i) => entry.applies(i.settings));
  return (
    <main className="space-y-6 p-4">
      <p className="text-sm"><Link className="underline" href="/preview">画面プレビュー</Link> ／ {entry.title}</p>
      <h1 className="text-2xl font-bold">{entry.title}</h1>
      {[["スマートフォン（375px）", 375, 740], ["PC（1024px）", 1024, 820]].map(([label, width, height]) => (
        <section key={String(label)} aria-label={String(label)} className="space-y-2">
          <h2 className="text-lg font-bold">{label}</h2>
          <div className="flex gap-4 overflow-x-auto pb-2">
            {institutions.map((inst) => (
              <figure key={inst.slug} className="shrink-0 space-y-1">
                <figcaption className="text-sm font-bold">{inst.name}</figcaption>
                <iframe title={`${inst.name} ${entry.title} ${label}`} src={`/preview/screen/${screen}?institution=${inst.slug}`} width={Number(width)} height={Number(height)} className="border border-black/20 bg-white" />
              </figure>
            ))}
          </div>
        </section>
      ))}
    </main>
  );
}
