// 連携サービスの確認・停止, signed in: the customer's active links (service, company and 登録番号,
// operations, accounts, dates, last access), the confirmation before one is stopped (a page state, so it
// works without JavaScript), the notice after, and ログアウト. Used by /{institution}/links and the preview.
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/consent/step-layout";
import { PrimaryButton, SecondaryButton } from "@/components/consent/buttons";
import type { TLink } from "@/lib/links/list-links";
import { jstJapaneseDate } from "@/lib/time/jst";
import { ExpiryNotice } from "./expiry-notice";

/** the page's name (docs/seeds/000–004 call it so), for its heading and tab */
export const LINKS_TITLE = "連携サービスの確認・停止";

type TProps = {
  slug: string;
  links: TLink[];
  confirming?: TLink;
  /** the name of the service just stopped */
  stopped?: string;
  csrf: string;
  stopAction: (grantId: string) => (formData: FormData) => void | Promise<void>;
  logoutAction: (formData: FormData) => void | Promise<void>;
  /** what the page shows after the active links (the recent endings) */
  children?: ReactNode;
};

const day = jstJapaneseDate;

export function LinkList({ slug, links, confirming, stopped, csrf, stopAction, logoutAction, children }: TProps) {
  return (
    <>
      {stopped ? (
        <div role="status" className="rounded-theme border border-accent bg-surface p-4">
          <p className="font-bold">「{stopped.slice(0, 80)}」との連携を停止しました。</p>
          <p>このサービスは、今後お客さまの口座情報を取得できません。サービス側の登録も不要であれば、ご利用の外部サービスにも連携を解除した旨をお伝えください。</p>
        </div>
      ) : null}
      {confirming ? (
        <Card title="連携の停止">
          <p className="mb-4">「{confirming.service}」（{confirming.aggregator}）との連携を停止しますか？停止すると、このサービスは直ちにお客さまの口座情報を取得できなくなります。</p>
          <form action={stopAction(confirming.grantId)} className="flex flex-wrap gap-3">
            <input type="hidden" name="csrf" value={csrf} />
            <PrimaryButton>停止する</PrimaryButton>
            <Link href={`/${slug}/links`} className="inline-flex min-h-11 items-center rounded-theme border-2 border-primary px-5 font-bold text-primary">戻る</Link>
          </form>
        </Card>
      ) : null}
      {links.length === 0 ? <p>現在、連携中のサービスはありません。</p> : null}
      {links.map((link) => (
        // an article, not a labelled region: two links may have the same service name
        <article key={link.grantId} className="rounded-theme border border-black/10 bg-surface p-4 shadow-sm sm:p-6">
          <h2 className="mb-3 text-lg font-bold">{link.service}</h2>
          {link.expiringSoon ? <ExpiryNotice expiresOn={day(link.expiresAt)} /> : null}
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-bold">連携先</dt><dd>{link.aggregator}（{link.registrationNumber}）</dd>
            <dt className="font-bold">許可している業務</dt><dd>{link.operations.join("、")}</dd>
            <dt className="font-bold">連携している口座</dt><dd>{link.accounts.join("、")}</dd>
            <dt className="font-bold">連携日</dt><dd>{day(link.grantedAt)}</dd>
            <dt className="font-bold">有効期限</dt><dd>{day(link.expiresAt)}</dd>
            <dt className="font-bold">最終利用</dt><dd>{link.lastAccessAt ? day(link.lastAccessAt) : "なし"}</dd>
          </dl>
          {/* A long service name wraps inside the border (py-2, a block of its own on a phone), and only
              between the name and 「との連携を停止」, never inside the words of the action */}
          <Link href={`/${slug}/links?confirm=${link.grantId}`} className="mt-3 flex min-h-11 items-center rounded-theme border-2 border-error px-5 py-2 font-bold text-error sm:inline-flex">
            <span className="min-w-0 break-words">「{link.service}」<span className="whitespace-nowrap">との連携を停止</span></span>
          </Link>
        </article>
      ))}
      {children}
      <form action={logoutAction}>
        <SecondaryButton>ログアウト</SecondaryButton>
      </form>
    </>
  );
}
