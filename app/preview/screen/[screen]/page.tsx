// /preview/screen/{screen}?institution=sakura — one screen in one state in one institution's theme.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PreviewScreen } from "@/components/preview/preview-screen";
import { getInstitution } from "@/lib/institutions/get-institution";
import { ZTheme } from "@/lib/institutions/theme";
import { PREVIEW_SCREENS } from "@/lib/preview/screens";

export const metadata: Metadata = { title: "画面プレビュー", robots: { index: false } };
export const dynamic = "force-dynamic";

// ?theme=<base64url JSON>: the theme editor's unsaved values, shown here only (never stored).
function unsavedTheme(encoded: string | undefined) {
  if (!encoded || encoded.length > 40_000) return null;
  try {
    const parsed = ZTheme.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export default async function PreviewScreenPage({ params, searchParams }: { params: Promise<{ screen: string }>; searchParams: Promise<{ institution?: string; theme?: string; channel?: string }> }) {
  const { screen } = await params;
  const query = await searchParams;
  const institution = await getInstitution(query.institution ?? "sakura");
  if (!institution || !PREVIEW_SCREENS.some((s) => s.id === screen)) notFound();
  const theme = unsavedTheme(query.theme) ?? institution.theme;
  const channel = query.channel === "personal" || query.channel === "corporate" ? query.channel : undefined;
  return <PreviewScreen institution={{ ...institution, theme }} screen={screen} channel={channel} />;
}
