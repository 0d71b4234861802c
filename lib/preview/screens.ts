// Every consent screen and state the designers' gallery shows, as data: the screen, its state, and
// which institutions have it (a screen an institution does not use is not shown for it).
import type { TInstitutionSettings } from "@/lib/institutions/settings";

export type TPreviewScreen = { id: string; title: string; applies: (s: TInstitutionSettings) => boolean };

const has = (s: TInstitutionSettings, kind: string) => [...s.login.personal, ...s.login.corporate].some((m) => m.kind === kind);

export const PREVIEW_SCREENS: TPreviewScreen[] = [
  { id: "login", title: "本人確認（ログイン）", applies: () => true },
  { id: "login-error", title: "本人確認：入力エラー", applies: () => true },
  { id: "login-locked", title: "本人確認：ロック", applies: () => true },
  { id: "certificate-error", title: "電子証明書：確認できない", applies: (s) => has(s, "certificate") },
  { id: "certificate-password", title: "電子証明書＋ログインパスワード", applies: (s) => s.login.corporate.some((m) => m.kind === "certificate" && m.thenPassword) },
  { id: "channel", title: "個人／法人の選択", applies: (s) => s.channels.length > 1 },
  { id: "additional-auth", title: "追加認証", applies: (s) => s.steps.additionalAuth },
  { id: "additional-auth-error", title: "追加認証：回答の誤り", applies: (s) => s.steps.additionalAuth },
  { id: "operations", title: "認可業務選択", applies: (s) => s.steps.operationSelection },
  { id: "operations-error", title: "認可業務選択：未選択", applies: (s) => s.steps.operationSelection },
  { id: "pins", title: "照会用暗証番号登録（未登録・登録済み・登録済み*）", applies: (s) => s.steps.pinRegistration },
  { id: "pins-error", title: "照会用暗証番号登録：暗証番号の誤り", applies: (s) => s.steps.pinRegistration },
  { id: "pins-result", title: "照会用暗証番号登録結果", applies: (s) => s.steps.pinRegistration },
  { id: "consent", title: "アクセス許可", applies: () => true },
  { id: "consent-error", title: "アクセス許可：未チェック", applies: () => true },
  { id: "expired", title: "有効期限切れ", applies: () => true },
];
