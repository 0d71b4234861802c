// Tables that become one card per row below 640 px (Tailwind's `sm`), so that a phone never scrolls
// sideways: rows stack, the header row stays for screen readers only, and each cell shows its column's
// name before its value — the cell's data-label, drawn as CSS generated content, so that the text of
// the cell itself (and what a copy or a test reads) stays the value alone.
const cellBase =
  "border border-black/15 px-2 py-2 max-sm:flex max-sm:gap-3 max-sm:border-0 max-sm:px-0 max-sm:py-1 " +
  "max-sm:before:w-2/5 max-sm:before:shrink-0 max-sm:before:font-bold max-sm:before:content-[attr(data-label)]";

export const STACKED = {
  table: "w-full border-collapse text-left text-sm max-sm:block",
  caption: "mb-2 text-left font-bold max-sm:block",
  thead: "max-sm:sr-only",
  tbody: "max-sm:block max-sm:space-y-3",
  row: "max-sm:flex max-sm:flex-col max-sm:rounded-theme max-sm:border max-sm:border-black/15 max-sm:bg-surface max-sm:p-3",
  th: "border border-black/15 px-2 py-2",
  /** a data cell: give it data-label="column name" */
  cell: cellBase,
  /** the row's own name (a row header): first on the card, as its heading */
  rowHeader: "border border-black/15 px-2 py-2 font-normal max-sm:order-first max-sm:border-0 max-sm:px-0 max-sm:py-1 max-sm:font-bold",
} as const;
