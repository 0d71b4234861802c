// /{institution}/authorize/{id}: sends the customer to the step they are at, or explains why the
// interaction is over.
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { StepLayout } from "@/components/consent/step-layout";
import { EndedView } from "@/components/consent/ended-view";
import { loadStep } from "@/lib/consent/load-step";
import { stepPath } from "@/lib/consent/next-step";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "お手続きの状況", robots: { index: false } };

export default async function InteractionPage({ params }: { params: Promise<{ institution: string; interaction: string }> }) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await loadStep(slug, id);
  if (ctx.kind === "live") redirect(stepPath(slug, id, ctx.current));
  if (!ctx.institution) notFound();
  return (
    <StepLayout theme={ctx.institution.theme} institutionName={ctx.institution.name} title="API連携認証">
      <EndedView reason={ctx.reason} backUrl={ctx.backUrl} />
    </StepLayout>
  );
}
