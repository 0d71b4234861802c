import type { Metadata } from "next";
import { StepLayout, Card } from "@/components/consent/step-layout";
import { AdditionalAuthForm } from "@/components/consent/additional-auth-form";
import { CancelForm } from "@/components/consent/cancel-form";
import { additionalAuthAction } from "@/lib/consent/actions/additional-auth";
import { csrfToken } from "@/lib/consent/csrf";
import { findStepUser } from "@/lib/consent/find-step-user";
import { requireStep } from "@/lib/consent/require-step";
import { STEP_TAB_NAMES, stepTitle } from "@/lib/consent/step-titles";

export const metadata: Metadata = { title: STEP_TAB_NAMES["additional-auth"], robots: { index: false } };

export default async function AdditionalAuthPage({ params }: { params: Promise<{ institution: string; interaction: string }> }) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await requireStep(slug, id, ["additional-auth"]);
  const user = await findStepUser(ctx.institution, ctx.userId!);
  return (
    <StepLayout theme={ctx.institution.theme} institutionName={ctx.institution.name} title={stepTitle(ctx.institution.settings, "additional-auth")}>
      <Card title="追加認証">
        <AdditionalAuthForm action={additionalAuthAction.bind(null, slug, id)} csrf={csrfToken(id)} question={user.secretQuestion ?? ""} />
      </Card>
      <CancelForm action={`/${slug}/authorize/${id}/cancel`} csrf={csrfToken(id)} />
    </StepLayout>
  );
}
