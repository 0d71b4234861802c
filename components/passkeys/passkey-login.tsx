"use client";
// 「パスキーでログイン」 beside the seed's login forms (which stay exactly as they are). Shown only with
// JavaScript and a browser that supports WebAuthn; a discoverable passkey names the customer, so nothing is typed.
// The server's refusal is one message for every reason (lib/passkeys/passkey-refusal.ts).
import { startAuthentication } from "@simplewebauthn/browser";
import { PrimaryButton } from "@/components/consent/buttons";
import { FormMessage } from "@/components/consent/form-message";
import type { TLoginOptionsAction, TPasskeyLoginAction } from "./passkey-results";
import { usePasskeyCeremony } from "./use-passkey-ceremony";
import { useWebAuthnSupport } from "./webauthn-support";

type TProps = {
  optionsAction: TLoginOptionsAction;
  loginAction: TPasskeyLoginAction;
  /** what the login is for: the consent flow or 連携サービスの確認・停止 */
  purpose?: "consent" | "links";
  /** the preview: drawn whatever the browser, with this message */
  preview?: { message?: string };
};

export function PasskeyLogin({ optionsAction, loginAction, purpose = "consent", preview }: TProps) {
  const supported = useWebAuthnSupport(preview ? true : undefined);
  const { message, pending, run } = usePasskeyCeremony(preview?.message);
  if (!supported) return null;

  const login = () => run({
    options: optionsAction,
    prompt: (options) => startAuthentication({ optionsJSON: options }),
    finish: async (response) => (await loginAction(response))?.message, // a pass redirects and never returns here
  });

  return (
    <section aria-labelledby="passkey-login-heading" className="space-y-4 rounded-theme border border-black/10 bg-surface p-4 shadow-sm sm:p-6">
      <h2 id="passkey-login-heading" className="text-lg font-bold">パスキーをご登録のお客さま</h2>
      <p>
        {purpose === "consent" ? "登録済みのパスキーで本人確認すると、ID・パスワード等の入力は不要です。" : "登録済みのパスキーでログインできます。"}
        お使いの端末の画面ロック（指紋・顔・PIN）で本人確認します。
      </p>
      <FormMessage message={message} />
      <PrimaryButton type="button" onClick={preview ? undefined : login} disabled={pending} aria-busy={pending}>パスキーでログイン</PrimaryButton>
    </section>
  );
}
