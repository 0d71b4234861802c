"use client";
// 本人確認 with an ID and password: the fields, buttons and notes of the institution's variant.
import { useId } from "react";
import type { TLoginMethod } from "@/lib/institutions/settings";
import { loginSchema, loginVariant, type TLoginPurpose } from "@/lib/forms/login-variants";
import type { TFormState } from "@/lib/forms/form-state";
import { PrimaryButton, SecondaryButton } from "./buttons";
import { FormMessage } from "./form-message";
import { TextField } from "./text-field";
import { useStepForm, type TStepAction } from "./use-step-form";

type TProps = { method: Exclude<TLoginMethod, { kind: "certificate" }>; action: TStepAction; csrf: string; initial?: TFormState; purpose?: TLoginPurpose };

export function LoginForm({ method, action, csrf, initial, purpose = "consent" }: TProps) {
  const variant = loginVariant(method);
  const { state, formAction, pending, register, onSubmit, errorOf, formRef } = useStepForm(action, loginSchema(method), initial);
  const idPrefix = useId(); // several login forms may share a page (連携サービスの確認・停止)
  return (
    <form key={state.nonce} ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {variant.heading ? <h2 className="text-lg font-bold">{variant.heading}</h2> : null}
      <p>{variant.intro(purpose)}</p>
      <FormMessage message={state.message} />
      <fieldset disabled={pending} className="space-y-4">
        <input type="hidden" name="csrf" value={csrf} />
        {variant.fields.map((field) => (
          <TextField
            key={field.name}
            id={`${idPrefix}-${field.name}`}
            label={field.label}
            type={field.type}
            autoComplete={field.autoComplete}
            inputMode={field.inputMode}
            maxLength={field.maxLength}
            defaultValue={field.type === "password" || field.name === "otp" ? undefined : state.values[field.name]}
            error={errorOf(field.name)}
            {...register(field.name)}
          />
        ))}
        <div className="flex flex-wrap gap-3">
          <PrimaryButton>{variant.submitFor?.[purpose] ?? variant.submit}</PrimaryButton>
          {variant.clear ? <SecondaryButton type="reset">クリア</SecondaryButton> : null}
        </div>
      </fieldset>
      {method.kind === "customer-id" ? (
        <div className="space-y-1 text-sm">
          {/* the bank's own page, in a new tab so that this flow survives; said for screen readers too */}
          <p>
            ※ ログインパスワードが分からない場合のお手続きは
            <a className="text-accent underline" href={method.forgotPasswordUrl} target="_blank" rel="noopener noreferrer">
              こちら<span className="sr-only">（新しいタブで開きます）</span>
            </a>
            をご覧ください。
          </p>
          {variant.notes.map((note) => <p key={note}>{note}</p>)}
        </div>
      ) : null}
    </form>
  );
}
