// /{institution}/links — 連携サービスの確認・停止: the customer logs in with the institution's usual
// login, sees every active link and can stop one after a confirmation (components/links/). Works
// without JavaScript (the confirmation is a page state, not a dialog). A login the risk check found
// unusual answers 追加認証 first, as in the consent flow (lib/links/actions.ts). Where the institution turned
// passkeys on: 「パスキーでログイン」 beside the forms, and the customer's passkeys — list, 削除, 「パスキーを登録」
// after a login with the institution's own factors (lib/links/passkey-actions.ts).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StepLayout } from "@/components/consent/step-layout";
import { LinksLogin } from "@/components/links/links-login";
import { LinkList, LINKS_TITLE } from "@/components/links/link-list";
import { jstJapaneseDate } from "@/lib/time/jst";
import { getInstitution } from "@/lib/institutions/get-institution";
import { linksAnswerAction, linksLoginAction, logoutLinksAction, stopLinkAction } from "@/lib/links/link-actions";
import { AdditionalAuthForm } from "@/components/consent/additional-auth-form";
import { owedQuestion } from "@/lib/links/owed-question";
import { linksCsrfToken } from "@/lib/links/links-csrf";
import { linksSession } from "@/lib/links/links-session";
import { listLinks } from "@/lib/links/list-links";
import { listEndedLinks } from "@/lib/links/list-ended-links";
import { EndedLinks } from "@/components/links/ended-links";
import { CHANNELS } from "@/lib/institutions/settings";
import { passkeysOn } from "@/lib/passkeys/relying-party";
import { deletedPasskeyName } from "@/lib/passkeys/list-passkeys";
import { linksPasskeys } from "@/lib/links/links-passkeys";
import {
  deletePasskeyAction, linksPasskeyLoginAction, linksPasskeyLoginOptionsAction, linksPasskeyRegisterAction, linksPasskeyRegistrationOptionsAction,
} from "@/lib/links/passkey-actions";
import { PasskeyLogin } from "@/components/passkeys/passkey-login";
import { PasskeyList } from "@/components/passkeys/passkey-list";
import { PasskeyRegister } from "@/components/passkeys/passkey-register";

export const metadata: Metadata = { title: LINKS_TITLE };
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ institution: string }>; searchParams: Promise<{ confirm?: string; stopped?: string; passkeyDeleted?: string }> };

export default async function LinksPage({ params, searchParams }: TProps) {
  const slug = (await params).institution;
  const institution = await getInstitution(slug);
  if (!institution) notFound();
  const { confirm, stopped, passkeyDeleted } = await searchParams;
  const csrf = await linksCsrfToken(slug);
  const session = await linksSession(institution.id);
  if (!session) {
    return (
      <StepLayout theme={institution.theme} institutionName={institution.name} title={LINKS_TITLE}>
        <LinksLogin institution={institution} csrf={csrf} actionFor={(channel, index) => linksLoginAction.bind(null, slug, channel, index)} />
        {CHANNELS.some((c) => institution.settings.channels.includes(c) && passkeysOn(institution.settings, c)) ? (
          <PasskeyLogin purpose="links" optionsAction={linksPasskeyLoginOptionsAction.bind(null, slug, csrf)} loginAction={linksPasskeyLoginAction.bind(null, slug, csrf)} />
        ) : null}
      </StepLayout>
    );
  }
  if (session.owesAnswer) {
    return (
      <StepLayout theme={institution.theme} institutionName={institution.name} title={LINKS_TITLE}>
        <AdditionalAuthForm action={linksAnswerAction.bind(null, slug)} csrf={csrf} question={await owedQuestion(institution, session.userId)} />
      </StepLayout>
    );
  }
  const links = await listLinks(session.userId, institution.settings.events.expiryWarningDays);
  const ended = await listEndedLinks(session.userId);
  const passkeys = await linksPasskeys(institution, session);
  return (
    <StepLayout theme={institution.theme} institutionName={institution.name} title={LINKS_TITLE}>
      <LinkList
        slug={slug} links={links} confirming={links.find((l) => l.grantId === confirm)} stopped={ended.find((l) => l.grantId === stopped && l.kind === "stopped")?.service} csrf={csrf}
        stopAction={(grantId) => stopLinkAction.bind(null, slug, grantId)} logoutAction={logoutLinksAction.bind(null, slug)}
      >
        <EndedLinks links={ended} institutionName={institution.name} day={jstJapaneseDate} />
        {passkeys.shown ? (
          <PasskeyList passkeys={passkeys.passkeys} csrf={csrf} deleteAction={(id) => deletePasskeyAction.bind(null, slug, id)} deleted={await deletedPasskeyName(passkeyDeleted, session.userId, institution.id)}>
            {passkeys.mayRegister ? (
              <PasskeyRegister framed={false} refresh optionsAction={linksPasskeyRegistrationOptionsAction.bind(null, slug, csrf)} registerAction={linksPasskeyRegisterAction.bind(null, slug, csrf)} />
            ) : null}
          </PasskeyList>
        ) : null}
      </LinkList>
    </StepLayout>
  );
}
