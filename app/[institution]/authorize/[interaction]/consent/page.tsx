import type { Metadata } from "next";
import { StepLayout, Card } from "@/components/consent/step-layout";
import { ConsentForm } from "@/components/consent/consent-form";
import { CancelForm } from "@/components/consent/cancel-form";
import { SCOPE_LABELS } from "@/lib/oauth/authorization-request/authorization-params";
import { csrfToken } from "@/lib/consent/csrf";
import { grantAccounts, listPinAccounts } from "@/lib/consent/list-pin-accounts";
import { grantedScopes } from "@/lib/consent/next-step";
import { requireStep } from "@/lib/consent/require-step";
import { orUnavailableRedirect } from "@/lib/consent/unavailable-redirect";
import { expiryDate, STEP_TAB_NAMES, stepTitle } from "@/lib/consent/step-titles";
import { PasskeyRegister } from "@/components/passkeys/passkey-register";
import { passkeyRegisterAction, passkeyRegistrationOptionsAction } from "@/lib/consent/actions/passkey";
import { passkeysOn } from "@/lib/passkeys/relying-party";

export const metadata: Metadata = { title: STEP_TAB_NAMES["consent"], robots: { index: false } };

export default async function ConsentPage({ params, searchParams }: { params: Promise<{ institution: string; interaction: string }>; searchParams: Promise<{ error?: string }> }) {
  const { institution: slug, interaction: id } = await params;
  const { error } = await searchParams;
  const ctx = await requireStep(slug, id, ["consent"]);
  const { theme, settings, consentDays } = ctx.institution;
  const accounts = grantAccounts(await orUnavailableRedirect(slug, id, () => listPinAccounts(ctx.institution, ctx.userId!, ctx.state.pendingPinAccountIds)), settings.steps.pinRegistration);
  const terms = ctx.channel === "corporate" && theme.corporateTerms ? theme.corporateTerms : theme.terms;
  return (
    <StepLayout theme={theme} institutionName={ctx.institution.name} title={stepTitle(settings, "consent")}>
      <Card>
        <ConsentForm
          action={`/${slug}/authorize/${id}/consent/allow`}
          error={error}
          csrf={csrfToken(id)}
          view={{
            serviceName: ctx.client.name, aggregatorName: ctx.client.aggregatorName, registrationNumber: ctx.client.registrationNumber,
            operations: grantedScopes(ctx).map((s) => SCOPE_LABELS[s]), expiresOn: expiryDate(consentDays), consentDays,
            accounts: accounts.map((a) => a.label), terms, checkbox: settings.consent.checkbox, backLabel: settings.consent.backLabel,
            institutionName: ctx.institution.name, linksUrl: `/${slug}/links`,
          }}
        />
      </Card>
      {/* 「パスキーを登録」 after a login with the institution's own factors (lib/consent/actions/passkey.ts) */}
      {passkeysOn(settings, ctx.channel) && !ctx.state.factors.includes("passkey") ? (
        <PasskeyRegister optionsAction={passkeyRegistrationOptionsAction.bind(null, slug, id, csrfToken(id))} registerAction={passkeyRegisterAction.bind(null, slug, id, csrfToken(id))} />
      ) : null}
      <CancelForm action={`/${slug}/authorize/${id}/cancel`} csrf={csrfToken(id)} label={settings.consent.backLabel} note={false} />
    </StepLayout>
  );
}
