import type { Metadata } from "next";
import { StepLayout, Card } from "@/components/consent/step-layout";
import { OperationsForm } from "@/components/consent/operations-form";
import { CancelForm } from "@/components/consent/cancel-form";
import { chooseOperationsAction } from "@/lib/consent/actions/choose-operations";
import { csrfToken } from "@/lib/consent/csrf";
import { requireStep } from "@/lib/consent/require-step";
import { STEP_TAB_NAMES, stepTitle } from "@/lib/consent/step-titles";

export const metadata: Metadata = { title: STEP_TAB_NAMES["operations"], robots: { index: false } };

export default async function OperationsPage({ params }: { params: Promise<{ institution: string; interaction: string }> }) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await requireStep(slug, id, ["operations"]);
  return (
    <StepLayout theme={ctx.institution.theme} institutionName={ctx.institution.name} title={stepTitle(ctx.institution.settings, "operations")}>
      <Card>
        <OperationsForm action={chooseOperationsAction.bind(null, slug, id)} csrf={csrfToken(id)} scopes={ctx.params.scopes} serviceName={`${ctx.client.name}（${ctx.client.aggregatorName}）`} />
      </Card>
      <CancelForm action={`/${slug}/authorize/${id}/cancel`} csrf={csrfToken(id)} />
    </StepLayout>
  );
}
