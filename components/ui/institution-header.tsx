// The band at the top of every institution page: its mark or logo, its name and its service name.
import type { TTheme } from "@/lib/institutions/theme";

export function InstitutionHeader({ theme, title }: { theme: TTheme; title?: string }) {
  return (
    <header className="bg-primary text-on-primary">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
        {theme.logoSvg ? (
          // The logo is the institution's own SVG, set by its operators in the theme editor.
          <span className="inline-flex h-8 items-center" aria-hidden="true" dangerouslySetInnerHTML={{ __html: theme.logoSvg }} />
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
