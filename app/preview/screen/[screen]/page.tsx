// /preview/screen/{screen}?institution=sakura — one screen in one state in one institution's theme.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PreviewScreen } from "@/components/preview/preview-screen";
import { getInstitution } from "@/lib/institutions/get-institution";
import { PREVIEW_SCREENS } from "@/lib/preview/screens";
import { unsavedPreviewTheme } from "@/lib/preview/unsaved-preview-theme";

type TProps = { params: Promise<{ screen: string }>; searchParams: Promise<{ institution?: string; theme?: string; channel?: string }> };

export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const { screen } = await params;
  const entry = PREVIEW_SCREENS.find((s) => s.id === screen);
  const institution = await getInstitution((await searchParams).institution ?? "sakura");
  return { title: `画面プレビュー：${entry?.title ?? ""}（${institution?.name ?? ""}）`, robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function PreviewScreenPage({ params, searchParams }: TProps) {
  const { screen } = await params;
  const query = await searchParams;
  const institution = await getInstitution(query.institution ?? "sakura");
  if (!institution || !PREVIEW_SCREENS.some((s) => s.id === screen && !s.href)) notFound();
  const theme = (await unsavedPreviewTheme(institution, query.theme)) ?? institution.theme;
  const channel = query.channel === "personal" || query.channel === "corporate" ? query.channel : undefined;
  return <PreviewScreen institution={{ ...institution, theme }} screen={screen} channel={channel} />;
}
