// One section of /docs: a heading numbered by its place in the table of contents (./docs-contents.ts),
// which links to it.
import type { ReactNode } from "react";
import { sectionNumber, type TDocsSectionId } from "./docs-contents";

export function DocsSection({ id, title, children, className = "space-y-3" }: { id: TDocsSectionId; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="border-b border-black/15 pb-1 text-2xl font-bold">{sectionNumber(id)}{title}</h2>
      {children}
    </section>
  );
}
