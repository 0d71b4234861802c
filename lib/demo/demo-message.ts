// The notice /demo shows after a flow: one fixed message per code, never the caller's text — /demo?error=…
// is a link anyone can send, and words it carried would be shown on the bank's origin as the bank's.
// An unknown code gets the general message. The callback passes only RFC 6749 §4.1.2.1 codes it knows.
const MESSAGES: Record<string, string> = {
  revoked: "連携を解除しました。金融機関側でもアクセスは停止されています。",
  access_denied: "お客さまが連携をキャンセルしました。",
  input: "金融機関と照会内容を選択してください。",
  expired: "連携の手続きの有効期限が切れました。もう一度お試しください。",
  exchange: "金融機関からトークンを受け取れませんでした。もう一度お試しください。",
  start: "連携を開始できませんでした。もう一度お試しください。",
  invalid_request: "金融機関が連携の要求を受け付けませんでした。",
  unauthorized_client: "このサービスは金融機関で連携を許可されていません。",
  invalid_scope: "照会する業務を金融機関が受け付けませんでした。",
  server_error: "金融機関側で問題が発生しました。時間をおいてお試しください。",
  temporarily_unavailable: "金融機関が一時的にご利用いただけません。時間をおいてお試しください。",
};
const GENERAL = "連携できませんでした。もう一度お試しください。";

export function demoMessage(query: { error?: string; revoked?: string }): string | null {
  if (query.revoked) return MESSAGES.revoked;
  if (query.error === undefined) return null;
  return Object.hasOwn(MESSAGES, query.error) ? MESSAGES[query.error] : GENERAL;
}
