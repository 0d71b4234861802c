// Messages more than one step uses. The same words for an unknown ID and a wrong password, so the
// screen never tells which one was wrong.
export const WRONG_LOGIN = "入力された内容に誤りがあります。ご確認のうえ、再度入力してください。";

/** A factor (or the client IP) that reached its lockout (lib/auth/check-factor.ts). */
export const LOCKED_MESSAGE = "ログインに連続して失敗したため、一時的にご利用を停止しています。しばらくしてから再度お試しください。";

/** A form post that no longer fits its screen: a stale CSRF token, a login variant that is gone. */
export const EXPIRED_MESSAGE = "画面の有効期限が切れました。もう一度お試しください。";

/** The aria-live summary above a form whose fields carry their own messages. */
export const CHECK_INPUT = "入力内容をご確認ください。";

/** A wrong ワンタイムパスワード: beside the field (lib/auth/check-password-login.ts, and the preview). */
export const WRONG_OTP = "ワンタイムパスワードが正しくありません。新しいワンタイムパスワードを入力してください。";
