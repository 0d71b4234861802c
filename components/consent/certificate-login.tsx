// 電子証明書方式のお客さま: the button opens the HTTPS listener, where the browser presents the
// customer's client certificate (docs/seeds/004 手順1-1 ①). A plain GET form, so it works without JavaScript.
const REASONS: Record<string, string> = {
  none: "電子証明書が確認できませんでした。ご利用の電子証明書を選択してください。",
  untrusted: "この電子証明書はご利用いただけません。有効な電子証明書を選択してください。",
  unregistered: "この電子証明書は登録されていません。",
};

export function CertificateLogin({ href, buttonLabel, error }: { href: string; buttonLabel: string; error?: string }) {
  return (
    <form action={href} method="get" className="space-y-3">
      <h2 className="text-lg font-bold">電子証明書方式のお客さま</h2>
      <p>外部サービスと口座連携するため、「{buttonLabel}」ボタンを押下してください。</p>
      {error ? <p role="alert" className="font-bold text-error">{REASONS[error] ?? REASONS.none}</p> : null}
      <button type="submit" className="inline-flex min-h-11 min-w-28 items-center justify-center rounded-theme bg-primary px-5 py-2 font-bold text-on-primary">
        {buttonLabel}
      </button>
      <p className="text-sm">※ブラウザに表示される証明書の一覧から、ご利用の電子証明書を選択してください。</p>
    </form>
  );
}
