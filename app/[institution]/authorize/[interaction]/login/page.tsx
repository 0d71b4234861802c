// 本人確認: every login variant the institution configures for the channel, on one page (docs/seeds/001/003
// show ID・パスワード方式 and 電子証明書方式 side by side), and 「パスキーでログイン」 after them where the institution
// turned passkeys on for the channel (drawn only with JavaScript: without it, the seed's forms are the way in).
import type { Metadata } from "next";
import { StepLayout, Card } from "@/components/consent/step-layout";
import { LoginForm } from "@/components/consent/login-form";
import { CertificateLogin } from "@/components/consent/certificate-login";
import { CancelForm } from "@/components/consent/cancel-form";
import { tlsOrigin } from "@/lib/config/origin";
import { loginAction } from "@/lib/consent/actions/login";
import { csrfToken } from "@/lib/consent/csrf";
import { requireStep } from "@/lib/consent/require-step";
import { STEP_TAB_NAMES, stepTitle } from "@/lib/consent/step-titles";
import { PasskeyLogin } from "@/components/passkeys/passkey-login";
import { passkeyLoginAction, passkeyLoginOptionsAction } from "@/lib/consent/actions/passkey";
import { passkeysOn } from "@/lib/passkeys/relying-party";

export const metadata: Metadata = { title: STEP_TAB_NAMES["login"], robots: { index: false } };

type TProps = { params: Promise<{ institution: string; interaction: string }>; searchParams: Promise<{ certificate?: string }> };

export default async function LoginPage({ params, searchParams }: TProps) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await requireStep(slug, id, ["login"]);
  const { theme, settings } = ctx.institution;
  const methods = settings.login[ctx.channel!];
  const certificateError = (await searchParams).certificate;
  return (
    <StepLayout theme={theme} institutionName={ctx.institution.name} title={stepTitle(settings, "login")}>
      <p className="font-bold">{theme.serviceName}（{theme.channelNames[ctx.channel!]}）</p>
      {methods.map((method, index) =>
        method.kind === "certificate" ? (
          <Card key={index}>
            <CertificateLogin href={`${tlsOrigin()}/${slug}/authorize/${id}/certificate`} buttonLabel={method.buttonLabel} error={certificateError} />
          </Card>
        ) : (
          <Card key={index}>
            <LoginForm method={method} action={loginAction.bind(null, slug, id, index)} csrf={csrfToken(id)} />
          </Card>
        ),
      )}
      {passkeysOn(settings, ctx.channel) ? (
        <PasskeyLogin optionsAction={passkeyLoginOptionsAction.bind(null, slug, id, csrfToken(id))} loginAction={passkeyLoginAction.bind(null, slug, id, csrfToken(id))} />
      ) : null}
      <CancelForm action={`/${slug}/authorize/${id}/cancel`} csrf={csrfToken(id)} />
    </StepLayout>
  );
}
