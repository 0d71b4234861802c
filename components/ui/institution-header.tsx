// The band at the top of every institution page: its mark or logo, its name and its service name. Its
// inner row is as wide as the page's content column (`column`, the page's own max-width class), so the
// logo starts where the page's text starts.
import type { TTheme } from "@/lib/institutions/theme";
import { logoDataUrl } from "@/lib/institutions/logo-data-url";

/** The content columns of the institution pages: the steps' narrow one, the terms', the guide's and 連携先一覧's. */
export type TColumn = "max-w-2xl" | "max-w-3xl" | "max-w-4xl";

export function InstitutionHeader({ theme, title, column }: { theme: TTheme; title?: string; column: TColumn }) {
  return (
    <header className="bg-primary text-on-primary">
      <div className={`mx-auto flex ${column} flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3`}>
        {theme.logoSvg ? (
          // The institution's SVG, as an image: never as markup, so it cannot run script (lib/institutions/logo-data-url.ts).
          // alt="": the name beside it says who this is. next/image adds nothing to a data: URL.
          // eslint-disable-next-line @next/next/no-img-element
          <img className="h-8 w-auto" src={logoDataUrl(theme.logoSvg)} alt="" />
        ) : (
          <span aria-hidden="true" className="rounded-theme border-2 border-current px-2 py-0.5 text-sm font-bold tracking-widest">
            {theme.textMark}
          </span>
        )}
        <span className="text-lg font-bold">{theme.displayName}</span>
        <span className="text-sm opacity-90">{theme.serviceName}</span>
        {title ? <span className="ml-auto text-sm font-semibold">{title}</span> : null}
      </div>
    </header>
  );
}
