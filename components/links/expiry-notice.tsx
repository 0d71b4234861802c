// On a link of 連携サービスの確認・停止 whose expiry is within the warning window: a mark and what to do
// (docs/seeds/002: 有効期限が過ぎた場合は、再度、利用登録をいただく必要があります。).
export function ExpiryNotice({ expiresOn }: { expiresOn: string }) {
  return (
    <div role="note" className="mb-3 rounded-theme border-2 border-accent p-3">
      <p className="font-bold"><span className="mr-2 inline-block rounded-theme bg-primary px-2 text-sm text-on-primary">まもなく有効期限</span>{expiresOn}に連携の有効期限が切れます。</p>
      <p className="text-sm">有効期限が過ぎた場合は、再度、利用登録をいただく必要があります。引き続きご利用の場合は、ご利用の外部サービスから再度お手続きください。</p>
    </div>
  );
}
