// One consent screen in one state, for the gallery: the real components of the consent steps, given
// sample data and actions that do nothing — no copies, so the gallery cannot drift from the product.
import { ThemeScope } from "@/components/ui/theme-style";
import { Card, StepLayout } from "@/components/consent/step-layout";
import { LoginForm } from "@/components/consent/login-form";
import { CertificateLogin } from "@/components/consent/certificate-login";
import { CancelForm } from "@/components/consent/cancel-form";
import { CertificatePasswordForm } from "@/components/consent/password-form";
import { ChannelChoice } from "@/components/consent/channel-choice";
import { AdditionalAuthForm } from "@/components/consent/additional-auth-form";
import { OperationsForm } from "@/components/consent/operations-form";
import { PinTable } from "@/components/consent/pin-table";
import { PinResult } from "@/components/consent/pin-result";
import { ConsentForm } from "@/components/consent/consent-form";
import { EndedView } from "@/components/consent/ended-view";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { CHECK_INPUT, CHECK_PINS, LOCKED_MESSAGE, PICK_OPERATION, WRONG_ANSWER, WRONG_LOGIN, WRONG_OTP, WRONG_PIN } from "@/lib/forms/messages";
import { expiryDate, stepTitle } from "@/lib/consent/step-titles";
import type { TStepId } from "@/lib/consent/next-step";
import { previewFormAction, previewVoidAction } from "@/lib/preview/noop-actions";
import { SAMPLE_ACCOUNTS, SAMPLE_CLIENT, sampleLinks } from "@/lib/preview/sample-data";
import { LinksLogin } from "@/components/links/links-login";
import { LinkList, LINKS_TITLE } from "@/components/links/link-list";
import { PasskeyLogin } from "@/components/passkeys/passkey-login";
import { PasskeyRegister } from "@/components/passkeys/passkey-register";
import { PasskeyList } from "@/components/passkeys/passkey-list";
import { PASSKEY_REFUSED_MESSAGE } from "@/lib/passkeys/passkey-refusal";
import { previewPasskeyLoginAction, previewPasskeyOptionsAction, previewPasskeyRegisterAction } from "@/lib/preview/noop-actions";
import { samplePasskeys } from "@/lib/preview/sample-data";

const CSRF = "preview";
const CANCEL = "#";
const state = (s: { errors?: Record<string, string>; message?: string; values?: Record<string, string> } = {}) => ({ errors: s.errors ?? {}, message: s.message, values: s.values ?? {}, nonce: 1 });

const STEP_OF: Record<string, TStepId> = {
  login: "login", "login-error": "login", "login-locked": "login", "certificate-error": "login", "certificate-password": "certificate-password",
  channel: "channel", "additional-auth": "additional-auth", "additional-auth-error": "additional-auth", operations: "operations", "operations-error": "operations",
  pins: "pins", "pins-error": "pins", "pins-result": "pins-result", consent: "consent", "consent-error": "consent", expired: "login",
  "login-otp-error": "login", "login-passkey": "login", "login-passkey-refused": "login",
  "consent-passkey-offer": "consent", "consent-passkey-registered": "consent",
};

function Links({ institution, screen }: { institution: TInstitution; screen: string }) {
  if (screen === "links-login" || screen === "links-login-error") {
    const initial = screen === "links-login-error" ? state({ message: WRONG_LOGIN }) : undefined;
    return <LinksLogin institution={institution} csrf={CSRF} actionFor={() => previewFormAction} initial={initial} />;
  }
  const all = sampleLinks();
  if (screen === "links-passkeys") {
    return (
      <LinkList slug={institution.slug} links={all} csrf={CSRF} stopAction={() => previewVoidAction} logoutAction={previewVoidAction}>
        <PasskeyList passkeys={samplePasskeys()} csrf={CSRF} deleteAction={() => previewVoidAction}>
          <PasskeyRegister framed={false} optionsAction={previewPasskeyOptionsAction} registerAction={previewPasskeyRegisterAction} preview={{}} />
        </PasskeyList>
      </LinkList>
    );
  }
  const links = screen === "links-empty" ? [] : screen === "links-stopped" ? all.slice(1) : all;
  return (
    <LinkList slug={institution.slug} links={links} confirming={screen === "links-confirm" ? all[0] : undefined}
      stopped={screen === "links-stopped" ? all[0]!.service : undefined} csrf={CSRF} stopAction={() => previewVoidAction} logoutAction={previewVoidAction} />
  );
}

function Login({ institution, screen, channel: asked }: { institution: TInstitution; screen: string; channel?: "personal" | "corporate" }) {
  const channels = institution.settings.channels;
  const channel = asked && channels.includes(asked) ? asked
    : channels.includes("corporate") && screen === "certificate-error" ? "corporate"
    : screen === "login-otp-error" ? (channels.find((c) => institution.settings.login[c].some((m) => m.kind === "contract-password" && m.otp)) ?? channels[0])
    : channels[0];
  const methods = institution.settings.login[channel];
  const initial = screen === "login-error" ? state({ message: CHECK_INPUT, errors: { contractNumber: "契約者IDを入力してください。", loginId: "ログインIDを入力してください。", userCode: "利用者IDを入力してください。" } })
    : screen === "login-locked" ? state({ message: LOCKED_MESSAGE })
    : screen === "login-otp-error" ? state({ message: CHECK_INPUT, errors: { otp: WRONG_OTP }, values: { contractNumber: "1000000001" } }) : undefined;
  return (
    <>
      <p className="font-bold">{institution.theme.serviceName}（{institution.theme.channelNames[channel]}）</p>
      {methods.map((method, i) => (
        <Card key={i}>
          {method.kind === "certificate"
            ? <CertificateLogin href="#" buttonLabel={method.buttonLabel} error={screen === "certificate-error" ? "none" : undefined} />
            : <LoginForm method={method} action={previewFormAction} csrf={CSRF} initial={initial} />}
        </Card>
      ))}
      {screen.startsWith("login-passkey") ? (
        <PasskeyLogin optionsAction={previewPasskeyOptionsAction} loginAction={previewPasskeyLoginAction} preview={{ message: screen === "login-passkey-refused" ? PASSKEY_REFUSED_MESSAGE : undefined }} />
      ) : null}
      <CancelForm action={CANCEL} csrf={CSRF} />
    </>
  );
}

export function PreviewScreen({ institution, screen, channel }: { institution: TInstitution; screen: string; channel?: "personal" | "corporate" }) {
  const { theme, settings, consentDays } = institution;
  const links = screen.startsWith("links");
  const title = screen === "expired" ? "API連携認証" : links ? LINKS_TITLE : stepTitle(settings, STEP_OF[screen] ?? "login");
  const body = (() => {
    switch (screen) {
      case "channel":
        return <ChannelChoice action={previewVoidAction} csrf={CSRF} options={settings.channels.map((c) => ({ value: c, label: c === "personal" ? "個人のお客さま" : "法人のお客さま", description: theme.channelNames[c] }))} />;
      case "certificate-password":
        return <Card><CertificatePasswordForm action={previewFormAction} csrf={CSRF} subject="kita-user1" /></Card>;
      case "additional-auth":
      case "additional-auth-error":
        return <Card title="追加認証"><AdditionalAuthForm action={previewFormAction} csrf={CSRF} question="はじめて飼ったペットの名前は？" initial={screen === "additional-auth-error" ? state({ message: CHECK_INPUT, errors: { answer: WRONG_ANSWER } }) : undefined} /></Card>;
      case "operations":
      case "operations-error":
        return <Card><OperationsForm action={previewFormAction} csrf={CSRF} scopes={["balances", "transactions"]} serviceName={`${SAMPLE_CLIENT.service}（${SAMPLE_CLIENT.aggregator}）`} initial={screen === "operations-error" ? state({ message: CHECK_INPUT, errors: { scope: PICK_OPERATION } }) : undefined} /></Card>;
      case "pins":
      case "pins-error":
        return <Card><PinTable action={previewFormAction} csrf={CSRF} accounts={SAMPLE_ACCOUNTS} initial={screen === "pins-error" ? state({ message: CHECK_PINS, errors: { pin_s2: WRONG_PIN }, values: { select_s2: "on" } }) : undefined} /></Card>;
      case "pins-result":
        return <Card><PinResult action={previewVoidAction} csrf={CSRF} accounts={SAMPLE_ACCOUNTS} /></Card>;
      case "consent":
      case "consent-error":
      case "consent-passkey-offer":
      case "consent-passkey-registered": {
        const terms = theme.corporateTerms && !settings.channels.includes("personal") ? theme.corporateTerms : theme.terms;
        const consent = (
          <Card>
            <ConsentForm action={CANCEL} csrf={CSRF} error={screen === "consent-error" ? "agree" : undefined} view={{
              serviceName: SAMPLE_CLIENT.service, aggregatorName: SAMPLE_CLIENT.aggregator, registrationNumber: SAMPLE_CLIENT.registrationNumber,
              operations: ["残高照会", "入出金明細照会"], expiresOn: expiryDate(consentDays), consentDays, accounts: SAMPLE_ACCOUNTS.map((a) => a.label), terms, checkbox: settings.consent.checkbox, backLabel: settings.consent.backLabel,
              institutionName: institution.name, linksUrl: `/${institution.slug}/links`,
            }} />
          </Card>
        );
        if (!screen.startsWith("consent-passkey")) return consent;
        return (
          <>
            {consent}
            <PasskeyRegister optionsAction={previewPasskeyOptionsAction} registerAction={previewPasskeyRegisterAction}
              preview={{ registered: screen === "consent-passkey-registered" ? "iPhone（個人用）" : undefined }} />
          </>
        );
      }
      case "expired":
        return <EndedView reason="expired" backUrl="#" />;
      case "links-login":
      case "links-login-error":
      case "links":
      case "links-confirm":
      case "links-stopped":
      case "links-empty":
      case "links-passkeys":
        return <Links institution={institution} screen={screen} />;
      default:
        return <Login institution={institution} screen={screen} channel={channel} />;
    }
  })();
  return (
    <ThemeScope theme={theme} className="min-h-screen">
      <StepLayout theme={theme} institutionName={institution.name} title={title}>
        {body}
        {["channel", "certificate-password", "additional-auth", "additional-auth-error", "operations", "operations-error", "pins", "pins-error", "pins-result"].includes(screen)
          ? <CancelForm action={CANCEL} csrf={CSRF} />
          : screen.startsWith("consent") ? <CancelForm action={CANCEL} csrf={CSRF} label={settings.consent.backLabel} note={false} /> : null}
      </StepLayout>
    </ThemeScope>
  );
}
