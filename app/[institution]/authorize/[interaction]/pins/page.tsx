import type { Metadata } from "next";
import { StepLayout, Card } from "@/components/consent/step-layout";
import { PinTable } from "@/components/consent/pin-table";
import { CancelForm } from "@/components/consent/cancel-form";
import { registerPinsAction } from "@/lib/consent/actions/register-pins";
import { csrfToken } from "@/lib/consent/csrf";
import { listPinAccounts } from "@/lib/consent/list-pin-accounts";
import { requireStep } from "@/lib/consent/require-step";
import { orUnavailableRedirect } from "@/lib/consent/unavailable-redirect";
import { STEP_TAB_NAMES, stepTitle } from "@/lib/consent/step-titles";

export const metadata: Metadata = { title: STEP_TAB_NAMES["pins"], robots: { index: false } };

export default async function PinsPage({ params }: { params: Promise<{ institution: string; interaction: string }> }) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await requireStep(slug, id, ["pins"]);
  const accounts = await orUnavailableRedirect(slug, id, () => listPinAccounts(ctx.institution, ctx.userId!, ctx.state.pendingPinAccountIds));
  return (
    <StepLayout theme={ctx.institution.theme} institutionName={ctx.institution.name} title={stepTitle(ctx.institution.settings, "pins")}>
      <Card>
        <PinTable action={registerPinsAction.bind(null, slug, id)} csrf={csrfToken(id)} accounts={accounts} />
      </Card>
      <CancelForm action={`/${slug}/authorize/${id}/cancel`} csrf={csrfToken(id)} />
    </StepLayout>
  );
}
