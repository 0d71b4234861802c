"use client";
// 運用コンソールのログイン: works without JavaScript (a server action posted by the form).
import { useActionState } from "react";
import { TextField } from "@/components/consent/text-field";
import { PrimaryButton } from "@/components/consent/buttons";
import { operatorSignInAction, type TSignInState } from "@/lib/console/actions/sign-in";

const initial: TSignInState = { errors: {}, message: "", loginId: "" };

export function SignInForm() {
  const [state, action, pending] = useActionState(operatorSignInAction, initial);
  return (
    <form action={action} className="space-y-4" noValidate>
      <div aria-live="polite">{state.message ? <p role="alert" className="font-bold text-error">{state.message}</p> : null}</div>
      <fieldset disabled={pending} className="space-y-4">
        <TextField name="loginId" label="ログインID" autoComplete="username" defaultValue={state.loginId} error={state.errors.loginId} required />
        <TextField name="password" label="パスワード" type="password" autoComplete="current-password" error={state.errors.password} required />
        <PrimaryButton>ログイン</PrimaryButton>
      </fieldset>
    </form>
  );
}
