// The outcome of a console action, from its redirect's ?done= code (codes, not free text, so nothing
// in the URL is echoed onto the page).
const MESSAGES: Record<string, { text: string; error?: boolean }> = {
  suspended: { text: "クライアントを停止しました。この金融機関での連携はすべて取り消され、新しい連携は直ちに拒否されます。" },
  resumed: { text: "クライアントの停止を解除しました。" },
  approved: { text: "クライアントを有効にしました。この金融機関で連携を始められます。" },
  dates: { text: "連携開始日を更新しました。" },
  "bad-date": { text: "日付は YYYY-MM-DD で入力してください。", error: true },
  "channel-not-offered": { text: "この金融機関またはクライアントが提供していない区分（個人・法人）の連携開始日は設定できません。", error: true },
  listed: { text: "連携先一覧に掲載しました。" },
  unlisted: { text: "連携先一覧への掲載をやめました。" },
  "needs-dates": { text: "連携先一覧に掲載するには、先に連携開始日を保存してください。", error: true },
  sandbox: { text: "サンドボックスのクライアントは連携先一覧に掲載できません。", error: true },
  revoked: { text: "取り消しました。" },
  "event-retry": { text: "イベントをすぐに再送します。" },
  "event-uri": { text: "イベント通知先を保存しました。" },
  "needs-reason": { text: "取消の理由を入力してください。", error: true },
  "sunset-moved": { text: "baseline の利用期限を変更しました。" },
  "switched-fapi2": { text: "クライアントを fapi2 に切り替えました。連携中のお客さまの連携はそのまま続きます。" },
  "profiles-saved": { text: "baseline プロファイルの設定を保存しました。" },
  "passkeys-saved": { text: "パスキーの設定を保存しました。" },
  forbidden: { text: "この操作の権限がないか、対象が見つかりません。", error: true },
};

export function Notice({ code }: { code?: string }) {
  const message = code ? MESSAGES[code] : undefined;
  if (!message) return null;
  return (
    <p role={message.error ? "alert" : "status"} className={`rounded-theme border p-3 font-bold ${message.error ? "border-error text-error" : "border-accent bg-surface"}`}>
      {message.text}
    </p>
  );
}
