// Every screen and state the designers' gallery shows, as data: the screen, its state, which
// institutions have it (a screen an institution does not use is not shown for it), and where it is
// drawn — /preview/screen/{id} from the real components, or, for the authorization endpoint's refusal
// (a page a route handler writes, lib/oauth/authorization-response/authorization-error-page.ts), /preview/authorization-error/{reason}.
import type { TInstitutionSettings } from "@/lib/institutions/settings";

export type TPreviewScreen = { id: string; title: string; applies: (s: TInstitutionSettings) => boolean; href?: (slug: string) => string };

const has = (s: TInstitutionSettings, kind: string) => [...s.login.personal, ...s.login.corporate].some((m) => m.kind === kind);
const passkeys = (s: TInstitutionSettings) => s.passkeys.personal || s.passkeys.corporate;
const otp = (s: TInstitutionSettings) => [...s.login.personal, ...s.login.corporate].some((m) => m.kind === "contract-password" && m.otp);
const refusal = (reason: string, title: string): TPreviewScreen => ({
  id: `authorization-error-${reason}`, title: `お手続きを開始できません（${title}）`, applies: () => true,
  href: (slug) => `/preview/authorization-error/${reason}?institution=${slug}`,
});

export const PREVIEW_SCREENS: TPreviewScreen[] = [
  { id: "login", title: "本人確認（ログイン）", applies: () => true },
  { id: "login-error", title: "本人確認：入力エラー", applies: () => true },
  { id: "login-otp-error", title: "本人確認：ワンタイムパスワードの誤り", applies: otp },
  { id: "login-locked", title: "本人確認：ロック", applies: () => true },
  { id: "login-passkey", title: "本人確認：パスキーでログイン", applies: passkeys },
  { id: "login-passkey-refused", title: "本人確認：パスキーを確認できない", applies: passkeys },
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
  { id: "consent-passkey-offer", title: "アクセス許可：パスキー登録のご案内", applies: passkeys },
  { id: "consent-passkey-registered", title: "アクセス許可：パスキーを登録しました", applies: passkeys },
  { id: "expired", title: "有効期限切れ", applies: () => true },
  refusal("invalid_request_uri", "有効期限切れ・使用済み"),
  refusal("unknown_client", "連携元を確認できない"),
  refusal("client_suspended", "連携元が利用停止中"),
  refusal("missing_parameters", "情報の不足"),
  refusal("invalid_redirect_uri", "戻り先を確認できない"),
  refusal("profile_refused", "接続方式の利用期限切れ"),
  { id: "links-login", title: "連携サービスの確認・停止：ログイン", applies: () => true },
  { id: "links-login-error", title: "連携サービスの確認・停止：ログインの誤り", applies: () => true },
  { id: "links", title: "連携サービスの確認・停止：連携の一覧", applies: () => true },
  { id: "links-confirm", title: "連携サービスの確認・停止：停止の確認", applies: () => true },
  { id: "links-stopped", title: "連携サービスの確認・停止：停止しました", applies: () => true },
  { id: "links-empty", title: "連携サービスの確認・停止：連携なし", applies: () => true },
  { id: "links-passkeys", title: "連携サービスの確認・停止：パスキーの一覧と登録", applies: passkeys },
];

/** Where the gallery draws one screen for one institution. */
export function previewHref(screen: TPreviewScreen, slug: string): string {
  return screen.href ? screen.href(slug) : `/preview/screen/${screen.id}?institution=${slug}`;
}
