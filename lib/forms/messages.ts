// Messages more than one step uses. The same words for an unknown ID and a wrong password, so the
// screen never tells which one was wrong.
export const WRONG_LOGIN = "入力された内容に誤りがあります。ご確認のうえ、再度入力してください。";

/** A customer's factor that reached its lockout: it stays locked until unlocked (lib/auth/check-factor.ts). */
export const LOCKED_MESSAGE = "ログインに連続して失敗したため、ご利用を停止しています。お取引店までお問い合わせください。";

/** The client IP that reached its lockout (a window: lib/auth/check-factor.ts). */
export const ADDRESS_LOCKED_MESSAGE = "ログインに連続して失敗したため、一時的にご利用を停止しています。しばらくしてから再度お試しください。";

/** Beside the field after a wrong answer that leaves one more try before the lockout (lib/auth/check-factor.ts). */
export const LAST_TRY_WARNING = "あと1回誤るとご利用いただけなくなります。";

/** A form post that no longer fits its screen: a stale CSRF token, a login variant that is gone. */
export const EXPIRED_MESSAGE = "画面の有効期限が切れました。もう一度お試しください。";

/** The aria-live summary above a form whose fields carry their own messages. */
export const CHECK_INPUT = "入力内容をご確認ください。";

/** A wrong ワンタイムパスワード: beside the field (lib/auth/check-password-login.ts, and the preview). */
export const WRONG_OTP = "ワンタイムパスワードが正しくありません。新しいワンタイムパスワードを入力してください。";

/** A wrong 追加認証 answer, beside the field (lib/consent/actions/additional-auth.ts, and the preview). */
export const WRONG_ANSWER = "回答が正しくありません。";

/** A wrong 照会用暗証番号, beside its account (lib/consent/actions/register-pins.ts, and the preview). */
export const WRONG_PIN = "照会用暗証番号が正しくありません。お届けの照会用暗証番号を入力してください。";

/** The summary above the PIN table when a PIN is refused. */
export const CHECK_PINS = "照会用暗証番号をご確認ください。";

/** 認可業務選択 with nothing chosen (lib/consent/actions/choose-operations.ts, and the preview). */
export const PICK_OPERATION = "利用業務を1つ以上選択してください。";
