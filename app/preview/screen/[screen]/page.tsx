// /preview/screen/{screen}?institution=sakura — one screen in one state in one institution's theme.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PreviewScreen } from "@/components/preview/preview-screen";
import { getInstitution } from "@/lib/institutions/get-institution";
import { PREVIEW_SCREENS } from "@/lib/preview/screens";

export const metadata: Metadata = { title: "画面プレビュー", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function PreviewScreenPage({ params, searchParams }: { params: Promise<{ screen: string }>; searchParams: Promise<{ institution?: string }> }) {
  const { screen } = await params;
  const institution = await getInstitution((await searchParams).institution ?? "sakura");
  if (!institution || !PREVIEW_SCREENS.some((s) => s.id === screen)) notFound();
  return <PreviewScreen institution={institution} screen={screen} />;
}
