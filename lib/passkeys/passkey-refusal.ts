// Why a passkey was refused — recorded in the audit entry (details.refusal), never told to the customer,
// who reads one message for all (a phishing page learns nothing from the difference).
export type TPasskeyRefusal =
  | "malformed" | "challenge" | "unknown_credential" | "other_institution" | "other_channel" | "other_customer"
  | "deleted" | "origin" | "rp_id" | "user_verification" | "counter" | "signature" | "invalid" | "duplicate";

export const PASSKEY_REFUSAL_LABELS: Record<TPasskeyRefusal, string> = {
  malformed: "応答の形式が不正",
  challenge: "チャレンジが無効（使用済み・期限切れ・別の手続き）",
  unknown_credential: "登録のないパスキー",
  other_institution: "他の金融機関のパスキー",
  other_channel: "他のチャネルのパスキー",
  other_customer: "他のお客さまのパスキー（ユーザーハンドル不一致）",
  deleted: "削除済みのパスキー",
  origin: "オリジン不一致",
  rp_id: "RP ID 不一致",
  user_verification: "ユーザー検証なし",
  counter: "署名カウンターの後退（複製の疑い）",
  signature: "署名の検証に失敗",
  invalid: "検証に失敗",
  duplicate: "登録済みのパスキー",
};

/** The library's error (@simplewebauthn/server throws with a sentence) as a refusal reason, for the audit. */
export function refusalOf(error: unknown): TPasskeyRefusal {
  const text = error instanceof Error ? error.message : String(error);
  if (/counter/i.test(text)) return "counter";
  if (/origin/i.test(text)) return "origin";
  if (/RP ?ID/i.test(text)) return "rp_id";
  if (/user verification|user could not be verified|not present/i.test(text)) return "user_verification";
  if (/challenge/i.test(text)) return "challenge";
  if (/signature/i.test(text)) return "signature";
  return "invalid";
}

/** What the customer reads for any refusal. */
export const PASSKEY_REFUSED_MESSAGE = "パスキーで本人確認できませんでした。もう一度お試しいただくか、IDとパスワードでログインしてください。";
/** The browser's own dialog was closed or timed out (nothing reached Renkei). */
export const PASSKEY_CANCELLED_MESSAGE = "パスキーの操作が完了しませんでした。もう一度お試しください。";
export const PASSKEY_REGISTER_REFUSED_MESSAGE = "パスキーを登録できませんでした。もう一度お試しください。";
