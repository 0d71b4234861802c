// WCAG 2.x contrast (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio) for a theme's colour pairs.
// The editor refuses a theme whose text pairs fall below AA (4.5:1) and says which pair and its ratio.
import type { TTheme } from "@/lib/institutions/theme";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const AA_TEXT = 4.5;

/** The pairs the screens actually draw text with. */
export const TEXT_PAIRS: { fg: keyof TTheme["colors"]; bg: keyof TTheme["colors"]; label: string }[] = [
  { fg: "text", bg: "background", label: "本文（text）と背景（background）" },
  { fg: "text", bg: "surface", label: "本文（text）とカード（surface）" },
  { fg: "onPrimary", bg: "primary", label: "ボタン文字（onPrimary）とボタン（primary）" },
  { fg: "accent", bg: "surface", label: "リンク（accent）とカード（surface）" },
  { fg: "accent", bg: "background", label: "リンク（accent）と背景（background）" },
  { fg: "error", bg: "surface", label: "エラー（error）とカード（surface）" },
  { fg: "primary", bg: "surface", label: "枠付きボタン（primary）とカード（surface）" },
];

export type TContrastProblem = { label: string; ratio: number };

export function contrastProblems(colors: TTheme["colors"]): TContrastProblem[] {
  return TEXT_PAIRS.map((p) => ({ label: p.label, ratio: contrastRatio(colors[p.fg], colors[p.bg]) }))
    .filter((p) => p.ratio < AA_TEXT)
    .map((p) => ({ ...p, ratio: Math.floor(p.ratio * 100) / 100 }));
}
