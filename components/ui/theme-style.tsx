// The institution's theme as CSS variables on a wrapper element, rendered on the server, so the page
// arrives in its colours (no flash) and a theme change needs no rebuild. Tailwind's tokens read them
// (app/globals.css: bg-primary, text-accent, rounded-theme, …).
import type { CSSProperties, ReactNode } from "react";
import type { TTheme } from "@/lib/institutions/theme";

export function themeVariables(theme: TTheme): CSSProperties {
  const c = theme.colors;
  return {
    "--inst-primary": c.primary,
    "--inst-on-primary": c.onPrimary,
    "--inst-accent": c.accent,
    "--inst-text": c.text,
    "--inst-background": c.background,
    "--inst-surface": c.surface,
    "--inst-error": c.error,
    "--inst-radius": theme.radius,
  } as CSSProperties;
}

export function ThemeScope({ theme, children, className = "" }: { theme: TTheme; children: ReactNode; className?: string }) {
  return (
    <div style={themeVariables(theme)} className={`bg-background text-text ${className}`}>
      {children}
    </div>
  );
}
