"use client";
// 手順1-1 ②: ログインパスワード + API連携, after the certificate.
import type { TFormState } from "@/lib/forms/form-state";
import { ZCertificatePasswordFormSchema } from "@/lib/consent/step-forms";
import { PrimaryButton } from "./buttons";
import { FormMessage } from "./form-message";
import { TextField } from "./text-field";
import { useStepForm, type TStepAction } from "./use-step-form";

export function CertificatePasswordForm({ action, csrf, subject, initial }: { action: TStepAction; csrf: string; subject: string; initial?: TFormState }) {
  const { state, formAction, pending, register, onSubmit, errorOf, formRef } = useStepForm(action, ZCertificatePasswordFormSchema, initial);
  return (
    <form key={state.nonce} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <p>電子証明書（{subject}）を確認しました。「ログインパスワード」を入力して、「API連携」ボタンをクリックしてください。</p>
      <FormMessage message={state.message} />
      <fieldset disabled={pending} className="space-y-4">
        <input type="hidden" name="csrf" value={csrf} />
        <TextField label="ログインパスワード" type="password" autoComplete="current-password" maxLength={64} error={errorOf("password")} {...register("password")} />
        <PrimaryButton>API連携</PrimaryButton>
      </fieldset>
    </form>
  );
}
