// /{institution}/links — 連携サービスの確認・停止: the customer logs in as usual, sees every active link
// (service, company and 登録番号, operations, accounts, dates, last access) and can stop one after a
// confirmation. Works without JavaScript (the confirmation is a page state, not a dialog).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, StepLayout } from "@/components/consent/step-layout";
import { LoginForm } from "@/components/consent/login-form";
import { PrimaryButton, SecondaryButton } from "@/components/consent/buttons";
import { getInstitution } from "@/lib/institutions/get-institution";
import { linksLoginAction, logoutLinksAction, stopLinkAction } from "@/lib/links/actions";
import { linksCsrfToken } from "@/lib/links/links-csrf";
import { linksSession } from "@/lib/links/links-session";
import { listLinks } from "@/lib/links/list-links";
import { listEndedLinks } from "@/lib/links/list-ended-links";
import { EndedLinks } from "@/components/links/ended-links";
import { ExpiryNotice } from "@/components/links/expiry-notice";
import { jstJapaneseDate } from "@/lib/time/jst";

export const metadata: Metadata = { title: "連携サービスの確認・停止" };
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ institution: string }>; searchParams: Promise<{ confirm?: string; stopped?: string }> };

export default async function LinksPage({ params, searchParams }: TProps) {
  const slug = (await params).institution;
  const institution = await getInstitution(slug);
  if (!institution) notFound();
  const { confirm, stopped } = await searchParams;
  const csrf = await linksCsrfToken(slug);
  const session = await linksSession(institution.id);
  const title = "連携サービスの確認・停止";

  if (!session) {
    return (
      <StepLayout theme={institution.theme} institutionName={institution.name} title={title}>
        <p>外部サービスとの口座連携（API連携）の状況を確認し、連携を停止できます。インターネットバンキングのIDとパスワードでログインしてください。</p>
        {institution.settings.channels.map((channel) => institution.settings.login[channel].map((method, index) =>
          method.kind === "certificate" ? null : (
            <Card key={`${channel}-${index}`} title={institution.theme.channelNames[channel]}>
              <LoginForm method={method} action={linksLoginAction.bind(null, slug, channel, index)} csrf={csrf} />
            </Card>
          )))}
      </StepLayout>
    );
  }

  const links = await listLinks(session.userId, institution.settings.events.expiryWarningDays);
  const ended = await listEndedLinks(session.userId);
  const confirming = links.find((l) => l.grantId === confirm);
  return (
    <StepLayout theme={institution.theme} institutionName={institution.name} title={title}>
      {stopped ? (
        <div role="status" className="rounded-theme border border-accent bg-surface p-4">
          <p className="font-bold">「{stopped.slice(0, 80)}」との連携を停止しました。</p>
          <p>このサービスは、今後お客さまの口座情報を取得できません。サービス側の登録も不要であれば、ご利用の外部サービスにも連携を解除した旨をお伝えください。</p>
        </div>
      ) : null}
      {confirming ? (
        <Card title="連携の停止">
          <p className="mb-4">「{confirming.service}」（{confirming.aggregator}）との連携を停止しますか？停止すると、このサービスは直ちにお客さまの口座情報を取得できなくなります。</p>
          <form action={stopLinkAction.bind(null, slug, confirming.grantId)} className="flex flex-wrap gap-3">
            <input type="hidden" name="csrf" value={csrf} />
            <PrimaryButton>停止する</PrimaryButton>
            <Link href={`/${slug}/links`} className="inline-flex min-h-11 items-center rounded-theme border-2 border-primary px-5 font-bold text-primary">戻る</Link>
          </form>
        </Card>
      ) : null}
      {links.length === 0 ? <p>現在、連携中のサービスはありません。</p> : null}
      {links.map((link) => (
        <Card key={link.grantId} title={link.service}>
          {link.expiringSoon ? <ExpiryNotice expiresOn={jstJapaneseDate(link.expiresAt)} /> : null}
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-bold">連携先</dt><dd>{link.aggregator}（{link.registrationNumber}）</dd>
            <dt className="font-bold">許可している業務</dt><dd>{link.operations.join("、")}</dd>
            <dt className="font-bold">連携している口座</dt><dd>{link.accounts.join("、")}</dd>
            <dt className="font-bold">連携日</dt><dd>{jstJapaneseDate(link.grantedAt)}</dd>
            <dt className="font-bold">有効期限</dt><dd>{jstJapaneseDate(link.expiresAt)}</dd>
            <dt className="font-bold">最終利用</dt><dd>{link.lastAccessAt ? jstJapaneseDate(link.lastAccessAt) : "なし"}</dd>
          </dl>
          <Link href={`/${slug}/links?confirm=${link.grantId}`} className="mt-3 inline-flex min-h-11 items-center rounded-theme border-2 border-error px-5 font-bold text-error">
            「{link.service}」との連携を停止
          </Link>
        </Card>
      ))}
      <EndedLinks links={ended} institutionName={institution.name} day={jstJapaneseDate} />
      <form action={logoutLinksAction.bind(null, slug)}>
        <SecondaryButton>ログアウト</SecondaryButton>
      </form>
    </StepLayout>
  );
}
