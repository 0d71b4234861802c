// /preview/compare/{screen} — one screen side by side in every institution's theme: the phones (375 px)
// in a row, the PCs (1024 px) one under another, each frame as tall as its screen
// (components/preview/auto-height-frame.tsx), so that every screen is seen whole, down to its buttons.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoHeightFrame } from "@/components/preview/auto-height-frame";
import { listInstitutions } from "@/lib/institutions/get-institution";
import { PREVIEW_SCREENS, previewHref } from "@/lib/preview/screens";

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
      <section aria-labelledby="phone" className="space-y-2">
        <h2 id="phone" className="text-lg font-bold">スマートフォン（375px）</h2>
        {/* a frame stays 375 px wide, as the phone is; on a narrower screen its row scrolls, never the page */}
        <div className="overflow-x-auto" role="region" aria-label="スマートフォン（375px）（横にスクロールできます）" tabIndex={0}>
          <div className="flex flex-wrap items-start gap-4">
            {institutions.map((inst) => (
              <figure key={inst.slug} className="shrink-0 space-y-1">
                <figcaption className="text-sm font-bold">{inst.name}</figcaption>
                <AutoHeightFrame title={`${inst.name} ${entry.title} スマートフォン（375px）`} src={previewHref(entry, inst.slug)} width={375} height={900} />
              </figure>
            ))}
          </div>
        </div>
      </section>
      <section aria-labelledby="pc" className="space-y-2">
        <h2 id="pc" className="text-lg font-bold">PC（1024px）</h2>
        <div className="space-y-6">
          {institutions.map((inst) => (
            <figure key={inst.slug} className="space-y-1">
              <figcaption className="text-sm font-bold">{inst.name}</figcaption>
              <div className="overflow-x-auto" role="region" aria-label={`${inst.name} PC（1024px）（横にスクロールできます）`} tabIndex={0}>
                <AutoHeightFrame title={`${inst.name} ${entry.title} PC（1024px）`} src={previewHref(entry, inst.slug)} width={1024} height={900} />
              </div>
            </figure>
          ))}
        </div>
      </section>
    </main>
  );
}
