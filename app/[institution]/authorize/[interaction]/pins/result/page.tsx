import type { Metadata } from "next";
import { StepLayout, Card } from "@/components/consent/step-layout";
import { PinResult } from "@/components/consent/pin-result";
import { CancelForm } from "@/components/consent/cancel-form";
import { pinsResultAction } from "@/lib/consent/actions/register-pins";
import { csrfToken } from "@/lib/consent/csrf";
import { listPinAccounts } from "@/lib/consent/list-pin-accounts";
import { requireStep } from "@/lib/consent/require-step";
import { orUnavailableRedirect } from "@/lib/consent/unavailable-redirect";
import { STEP_TAB_NAMES, stepTitle } from "@/lib/consent/step-titles";

export const metadata: Metadata = { title: STEP_TAB_NAMES["pins-result"], robots: { index: false } };

export default async function PinsResultPage({ params }: { params: Promise<{ institution: string; interaction: string }> }) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await requireStep(slug, id, ["pins-result"]);
  const accounts = await orUnavailableRedirect(slug, id, () => listPinAccounts(ctx.institution, ctx.userId!, ctx.state.pendingPinAccountIds));
  return (
    <StepLayout theme={ctx.institution.theme} institutionName={ctx.institution.name} title={stepTitle(ctx.institution.settings, "pins-result")}>
      <Card>
        <PinResult action={pinsResultAction.bind(null, slug, id)} csrf={csrfToken(id)} accounts={accounts} />
      </Card>
      <CancelForm action={`/${slug}/authorize/${id}/cancel`} csrf={csrfToken(id)} />
    </StepLayout>
  );
}
