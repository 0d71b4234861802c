// A block of code on /docs: labelled, wrapped rather than scrolled (a phone never scrolls sideways, and a
// copied line is still the whole line), with its name (data-snippet) so a test can run exactly what an
// aggregator engineer copies (test/api/docs-flow.test.ts).
export function CodeBlock({ label, snippet, children }: { label: string; snippet?: string; children: string }) {
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-bold">{label}</figcaption>
      <pre className="rounded border border-black/15 bg-[#f3f4f6] p-3 text-[13px] leading-relaxed whitespace-break-spaces [overflow-wrap:anywhere]">
        <code data-snippet={snippet}>{children}</code>
      </pre>
    </figure>
  );
}

/** Inline code that may break anywhere (long URLs, tokens). */
export function C({ children }: { children: string }) {
  return <code className="rounded bg-[#f3f4f6] px-1 text-[0.9em] [overflow-wrap:anywhere]">{children}</code>;
}
