import type { Metadata } from "next";
import { StepLayout, Card } from "@/components/consent/step-layout";
import { CertificatePasswordForm } from "@/components/consent/password-form";
import { CancelForm } from "@/components/consent/cancel-form";
import { certificatePasswordAction } from "@/lib/consent/actions/certificate-password";
import { csrfToken } from "@/lib/consent/csrf";
import { findStepUser } from "@/lib/consent/find-step-user";
import { requireStep } from "@/lib/consent/require-step";
import { STEP_TAB_NAMES, stepTitle } from "@/lib/consent/step-titles";

export const metadata: Metadata = { title: STEP_TAB_NAMES["certificate-password"], robots: { index: false } };

export default async function CertificatePasswordPage({ params }: { params: Promise<{ institution: string; interaction: string }> }) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await requireStep(slug, id, ["certificate-password"]);
  const user = await findStepUser(ctx.institution, ctx.userId!);
  return (
    <StepLayout theme={ctx.institution.theme} institutionName={ctx.institution.name} title={stepTitle(ctx.institution.settings, "certificate-password")}>
      <Card>
        <CertificatePasswordForm action={certificatePasswordAction.bind(null, slug, id)} csrf={csrfToken(id)} subject={user.loginId} />
      </Card>
      <CancelForm action={`/${slug}/authorize/${id}/cancel`} csrf={csrfToken(id)} />
    </StepLayout>
  );
}
