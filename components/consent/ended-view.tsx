// A finished, cancelled, expired or foreign interaction: a clear page, never a crash.
const TEXT: Record<string, { title: string; body: string }> = {
  completed: { title: "お手続きは完了しています", body: "このお手続きはすでに完了しています。外部サービスの画面でご確認ください。" },
  cancelled: { title: "お手続きは中止されました", body: "このお手続きはキャンセルされました。もう一度お手続きする場合は、外部サービスの画面からやり直してください。" },
  expired: { title: "お手続きの有効期限が切れました", body: "一定時間操作がなかったため、お手続きを終了しました。お手数ですが、外部サービスの画面からやり直してください。" },
  foreign: { title: "お手続きを続けられません", body: "このお手続きは、開始したブラウザでのみ続けられます。外部サービスの画面からやり直してください。" },
  missing: { title: "お手続きが見つかりません", body: "お手続きの情報が見つかりませんでした。外部サービスの画面からやり直してください。" },
};

export function EndedView({ reason, backUrl }: { reason: string; backUrl: string | null }) {
  const text = TEXT[reason] ?? TEXT.missing;
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-bold">{text.title}</h2>
      <p role="status">{text.body}</p>
      {backUrl ? <a className="inline-flex min-h-11 items-center rounded-theme bg-primary px-5 font-bold text-on-primary" href={backUrl}>外部サービスの画面へ戻る</a> : null}
    </div>
  );
}
