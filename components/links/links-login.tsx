// 連携サービスの確認・停止, signed out: what the page is for, and the institution's ID/password logins
// (a card per channel and method; the certificate login is the consent flow's only), worded for seeing
// and stopping links rather than for linking a service. Used by /{institution}/links and the preview.
import Link from "next/link";
import { Card } from "@/components/consent/step-layout";
import { LoginForm } from "@/components/consent/login-form";
import type { TStepAction } from "@/components/consent/use-step-form";
import type { TFormState } from "@/lib/forms/form-state";
import type { TInstitution } from "@/lib/institutions/get-institution";

type TProps = {
  institution: Pick<TInstitution, "slug" | "theme" | "settings">;
  csrf: string;
  actionFor: (channel: "personal" | "corporate", methodIndex: number) => TStepAction;
  /** the preview's sample state for the first form */
  initial?: TFormState;
};

export function LinksLogin({ institution, csrf, actionFor, initial }: TProps) {
  const { slug, theme, settings } = institution;
  const forms = settings.channels.flatMap((channel) =>
    settings.login[channel].flatMap((method, index) => (method.kind === "certificate" ? [] : [{ channel, method, index }])));
  return (
    <>
      <p>家計簿アプリや会計ソフト等の外部サービスと連携している口座を確認し、不要になった連携をいつでも停止できます。ご利用のインターネットバンキングと同じIDとパスワードでログインしてください。</p>
      <p className="text-sm">※ 新しく外部サービスと連携するお手続きは、ご利用の外部サービスの画面から始めてください。<Link className="text-accent underline" href={`/${slug}`}>{theme.serviceName}のご案内</Link></p>
      {forms.map(({ channel, method, index }, n) => (
        <Card key={`${channel}-${index}`} title={theme.channelNames[channel]}>
          <LoginForm method={method} action={actionFor(channel, index)} csrf={csrf} purpose="links" initial={n === 0 ? initial : undefined} />
        </Card>
      ))}
    </>
  );
}
