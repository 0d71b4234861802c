// One section of /docs: a numbered heading that the table of contents links to.
import type { ReactNode } from "react";

export function DocsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="border-b border-black/15 pb-1 text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}
