// 手順6 アクセス許可 (docs/seeds/000, 001, 003, 004): who asks, 外部サービスに許可する業務, the period, the
// accounts, the two notes (and where to stop the link at the bank itself: /{institution}/links), the
// 利用規定, the checkbox, and 許可.
// 許可 is a plain form post answered with a 303 to the aggregator (lib/consent/finish-interaction.ts);
// an unticked 許可 is refused beside the checkbox in Japanese: in the browser (./agree-checkbox.tsx), and
// by the server if a submit gets through without JavaScript.
import { PrimaryButton } from "./buttons";
import { AgreeCheckbox } from "./agree-checkbox";
import { FormMessage } from "./form-message";

export type TConsentView = {
  serviceName: string;
  aggregatorName: string;
  registrationNumber: string;
  operations: string[];
  expiresOn: string; // 2027年2月20日
  consentDays: number;
  accounts: string[];
  terms: { title: string; url: string };
  checkbox: "terms" | "continue";
  /** the word of the button beside 許可 that ends the flow (settings.consent.backLabel: キャンセル, or kita's 戻る of docs/seeds/004 手順6) */
  backLabel: "キャンセル" | "戻る";
  /** where the customer can stop the link at the bank: /{institution}/links */
  institutionName: string;
  linksUrl: string;
};

const ERRORS: Record<string, (label: string) => string> = {
  agree: (label) => `「${label}」にチェックしてください。`,
  no_accounts: () => "連携できる口座がありません。照会用暗証番号を登録してください。",
};

export function ConsentForm({ action, csrf, view, error: errorCode }: { action: string; csrf: string; view: TConsentView; error?: string }) {
  const checkboxLabel = view.checkbox === "continue" ? "許可手続きを継続する" : `${view.terms.title}に同意しました。`;
  const error = errorCode && ERRORS[errorCode] ? ERRORS[errorCode](checkboxLabel) : undefined;
  return (
    <form action={action} method="post" className="space-y-5">
      <p>
        <strong>{view.serviceName}</strong>（{view.aggregatorName}　{view.registrationNumber}）がお客さまの口座情報へのアクセスを求めています。
      </p>
      <dl className="space-y-4">
        <div>
          <dt className="font-bold">外部サービスに許可する業務</dt>
          <dd><ul className="list-disc pl-6">{view.operations.map((o) => <li key={o}>{o}</li>)}</ul></dd>
        </div>
        <div>
          <dt className="font-bold">認可期間（有効期限）</dt>
          <dd>{view.expiresOn}まで（{view.consentDays}日間）</dd>
        </div>
        <div>
          <dt className="font-bold">連携する口座</dt>
          <dd><ul className="list-disc pl-6">{view.accounts.map((a) => <li key={a}>{a}</li>)}</ul></dd>
        </div>
      </dl>
      <div className="space-y-1 text-sm">
        <p>・口座連携の有効期限は{view.consentDays}日間です。</p>
        <p>・有効期限内に許可を解除する場合は、ご利用の外部サービスにてお手続きください。</p>
        <p>・{view.institutionName}の<a className="text-accent underline" href={view.linksUrl} target="_blank" rel="noreferrer">連携サービスの確認・停止</a>でも、いつでも連携を停止できます。</p>
      </div>
      <div>
        <p className="font-bold">{view.terms.title}</p>
        <p><a className="text-accent underline" href={view.terms.url} target="_blank" rel="noreferrer">⇒規定はこちらからご確認ください。</a></p>
      </div>
      <p>ご確認のうえ、同意されたお客様は以下にチェックした後、「許可」ボタンを押下してください。</p>
      <FormMessage message={error} />
      <fieldset className="space-y-4">
        <input type="hidden" name="csrf" value={csrf} />
        <AgreeCheckbox label={checkboxLabel} message={ERRORS.agree!(checkboxLabel)} refused={errorCode === "agree"} />
        <PrimaryButton>許可</PrimaryButton>
      </fieldset>
      {/* the seeds' note, naming the very button beside 許可; 戻る (docs/seeds/004) reads like one step back, so
          the note says that it ends the お手続き */}
      <p className="text-sm">
        ※「許可」ボタンまたは「{view.backLabel}」ボタン押下後は、外部サービスの画面へ戻ります。
        {view.backLabel === "戻る" ? "「戻る」ボタンを押下すると、連携のお手続きは中止となります。" : null}
      </p>
    </form>
  );
}
