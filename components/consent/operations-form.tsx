"use client";
// 手順3 API連携認証（認可業務選択）: 認可対象 checkboxes, at least one, button 次へ (docs/seeds/004).
import { SCOPE_LABELS, type TScope } from "@/lib/oauth/authorization-request/authorization-params";
import type { TFormState } from "@/lib/forms/form-state";
import { PrimaryButton } from "./buttons";
import { FormMessage } from "./form-message";
import { useStepForm, type TStepAction } from "./use-step-form";

export function OperationsForm({ action, csrf, scopes, serviceName, initial }: { action: TStepAction; csrf: string; scopes: TScope[]; serviceName: string; initial?: TFormState }) {
  const { state, formAction, pending, formRef } = useStepForm(action, null, initial);
  const error = state.errors.scope;
  return (
    <form key={state.nonce} ref={formRef} action={formAction} noValidate className="space-y-4">
      <p>API連携先サービス（{serviceName}）にてご利用の対象業務を選択の上、「次へ」ボタンを押してください。</p>
      <FormMessage message={state.message} />
      <fieldset disabled={pending} aria-describedby={error ? "scope-error" : undefined} className="space-y-3">
        <legend className="font-bold">認可対象</legend>
        <input type="hidden" name="csrf" value={csrf} />
        {scopes.map((scope) => (
          <label key={scope} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="scope" value={scope} defaultChecked aria-invalid={error ? true : undefined} aria-describedby={error ? "scope-error" : undefined} className="h-5 w-5 accent-[var(--inst-primary)]" />
            {SCOPE_LABELS[scope]}
          </label>
        ))}
        {error ? <p id="scope-error" className="text-sm font-bold text-error">{error}</p> : null}
        <PrimaryButton>次へ</PrimaryButton>
      </fieldset>
    </form>
  );
}
