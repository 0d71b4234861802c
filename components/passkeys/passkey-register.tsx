"use client";
// 「パスキーを登録」: offered after a complete login with the institution's own factors, at the end of the
// consent flow (アクセス許可) and on 連携サービスの確認・停止. With JavaScript and WebAuthn only, like the login.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { startRegistration } from "@simplewebauthn/browser";
import { SecondaryButton } from "@/components/consent/buttons";
import { FormMessage } from "@/components/consent/form-message";
import { TextField } from "@/components/consent/text-field";
import type { TPasskeyRegisterAction, TRegistrationOptionsAction } from "./passkey-results";
import { usePasskeyCeremony } from "./use-passkey-ceremony";
import { useWebAuthnSupport } from "./webauthn-support";

type TProps = {
  optionsAction: TRegistrationOptionsAction;
  registerAction: TPasskeyRegisterAction;
  /** /links: draw the page again after a registration, so that the list shows the new passkey */
  refresh?: boolean;
  /** false inside another card (/links' パスキー card) */
  framed?: boolean;
  /** the preview: drawn whatever the browser, registered (with this name) or not */
  preview?: { registered?: string; message?: string };
};

export function PasskeyRegister({ optionsAction, registerAction, refresh = false, framed = true, preview }: TProps) {
  const supported = useWebAuthnSupport(preview ? true : undefined);
  const router = useRouter();
  const id = useId();
  const { message, pending, run } = usePasskeyCeremony(preview?.message);
  const [registered, setRegistered] = useState(preview?.registered);
  const [name, setName] = useState("");
  if (!supported) return null;

  const register = () => run({
    options: optionsAction,
    prompt: (options) => startRegistration({ optionsJSON: options }),
    finish: async (response) => {
      const result = await registerAction(response, name);
      if (!result.ok) return result.message;
      setRegistered(result.name);
      if (refresh) router.refresh();
    },
  });

  return (
    <section aria-labelledby={`${id}-heading`} className={framed ? "space-y-4 rounded-theme border border-black/10 bg-surface p-4 shadow-sm sm:p-6" : "space-y-4"}>
      {framed ? <h2 id={`${id}-heading`} className="text-lg font-bold">パスキーの登録</h2> : <h3 id={`${id}-heading`} className="font-bold">パスキーの登録</h3>}
      {registered ? (
        <p role="status" className="rounded-theme border border-accent bg-surface p-3 font-bold text-accent">
          パスキー「{registered}」を登録しました。次回から「パスキーでログイン」で本人確認できます。
        </p>
      ) : (
        <>
          <p>パスキーを登録すると、次回から、パスワードとワンタイムパスワードの代わりに、お使いの端末の画面ロック（指紋・顔・PIN）で本人確認できます。パスキーはフィッシングサイトでは使えません。</p>
          <FormMessage message={message} />
          <TextField id={`${id}-name`} name="passkeyName" label="パスキーの名前（任意）" maxLength={40} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          <SecondaryButton type="button" onClick={preview ? undefined : register} disabled={pending} aria-busy={pending}>パスキーを登録</SecondaryButton>
        </>
      )}
    </section>
  );
}
