"use client";
// 手順2 API連携認証（追加認証）: the secret question and its 回答, button 認証 (docs/seeds/004).
import type { TFormState } from "@/lib/forms/form-state";
import { ZAnswerFormSchema } from "@/lib/consent/step-forms";
import { PrimaryButton } from "./buttons";
import { FormMessage } from "./form-message";
import { TextField } from "./text-field";
import { useStepForm, type TStepAction } from "./use-step-form";

export function AdditionalAuthForm({ action, csrf, question, initial }: { action: TStepAction; csrf: string; question: string; initial?: TFormState }) {
  const { state, formAction, pending, register, onSubmit, errorOf, formRef } = useStepForm(action, ZAnswerFormSchema, initial);
  return (
    <form key={state.nonce} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <p>質問に対する回答を入力の上、「認証」ボタンを押してください。</p>
      <p className="text-sm">※いつもと異なるご利用環境からのお手続きのため、追加の認証をお願いしています。</p>
      <FormMessage message={state.message} />
      <fieldset disabled={pending} className="space-y-4">
        <input type="hidden" name="csrf" value={csrf} />
        <div>
          <p className="font-bold">質問</p>
          <p className="rounded-theme bg-background p-3">{question}</p>
        </div>
        <TextField label="回答" autoComplete="off" maxLength={100} error={errorOf("answer")} {...register("answer")} />
        <PrimaryButton>認証</PrimaryButton>
      </fieldset>
    </form>
  );
}
