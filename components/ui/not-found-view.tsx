// The words of a page that does not exist, in Japanese, with the way back: the institution's guide when
// the page was under one, the portal's top page otherwise.
import Link from "next/link";
import type { ReactNode } from "react";

// The page's title is its metadata's (app/not-found.tsx, app/[institution]/[...rest]/page.tsx and the
// institution layout's for an unknown institution), never a <title> of its own: one title per page.
export function NotFoundView({ home, children }: { home: { href: string; label: string }; children?: ReactNode }) {
  return (
    <main className="mx-auto w-full max-w-2xl space-y-4 px-4 py-10">
      <h1 className="border-l-4 border-primary pl-3 text-xl font-bold">ページが見つかりません</h1>
      <p>お探しのページは、移動または削除されたか、URLが間違っている可能性があります。</p>
      <p>外部サービスから連携のお手続き中だった場合は、お手数ですが、外部サービスの画面からもう一度やり直してください。</p>
      <p><Link className="text-accent underline" href={home.href}>{home.label}</Link></p>
      {children}
    </main>
  );
}
