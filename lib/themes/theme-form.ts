// The editor's fields ↔ a theme object (the same names on the form and in the preview URL).
import type { TTheme } from "@/lib/institutions/theme";

export const COLOR_FIELDS: { key: keyof TTheme["colors"]; label: string }[] = [
  { key: "primary", label: "メインカラー（primary）" },
  { key: "onPrimary", label: "メインカラー上の文字（onPrimary）" },
  { key: "accent", label: "リンク・強調（accent）" },
  { key: "text", label: "本文（text）" },
  { key: "background", label: "背景（background）" },
  { key: "surface", label: "カード（surface）" },
  { key: "error", label: "エラー（error）" },
];

export function themeFromForm(form: FormData | Record<string, string>): unknown {
  const get = (name: string) => String(form instanceof FormData ? (form.get(name) ?? "") : (form[name] ?? ""));
  const termsTitle = get("corporateTermsTitle");
  return {
    displayName: get("displayName"),
    serviceName: get("serviceName"),
    textMark: get("textMark"),
    logoSvg: get("logoSvg").trim() || null,
    colors: Object.fromEntries(COLOR_FIELDS.map((f) => [f.key, get(`color.${f.key}`).toUpperCase()])),
    radius: get("radius"),
    terms: { title: get("termsTitle"), url: get("termsUrl") },
    corporateTerms: termsTitle ? { title: termsTitle, url: get("termsUrl") } : null,
    channelNames: { personal: get("channelPersonal"), corporate: get("channelCorporate") },
  };
}

/** The unsaved theme in a preview URL (browser side): base64url of its JSON. */
export function encodePreviewTheme(theme: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(theme));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
