// /console/themes/{institution} — the designers' and operators' theme editor (an operator of that
// institution only). A saved theme shows on every page at once: pages read it per request.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsoleShell } from "@/components/console/console-shell";
import { ThemeEditor } from "@/components/themes/theme-editor";
import { consolePage } from "@/lib/console/console-page";
import { canActFor } from "@/lib/console/operator-scope";
import { getInstitution } from "@/lib/institutions/get-institution";
import { saveThemeAction } from "@/lib/themes/theme-actions";
import { PREVIEW_SCREENS } from "@/lib/preview/screens";

export const metadata: Metadata = { title: "テーマ編集" };
export const dynamic = "force-dynamic";

export default async function ThemeEditorPage({ params }: { params: Promise<{ institution: string }> }) {
  const { scope, shell } = await consolePage();
  const institution = await getInstitution((await params).institution);
  if (!institution || !canActFor(scope, institution.id)) notFound();
  const screens = PREVIEW_SCREENS.filter((s) => s.applies(institution.settings) && ["login", "consent", "login-error", "pins", "additional-auth", "expired"].includes(s.id));
  return (
    <ConsoleShell {...shell} title={`テーマ編集：${institution.name}`}>
      <ThemeEditor slug={institution.slug} theme={institution.theme} screens={screens.map(({ id, title }) => ({ id, title }))} action={saveThemeAction.bind(null, institution.slug)} />
    </ConsoleShell>
  );
}
