"use client";
// 初期アクセストークンの発行: the token appears once, here, after issuing; only its hash is kept.
import { useActionState } from "react";
import { TextField } from "@/components/consent/text-field";
import { PrimaryButton } from "@/components/consent/buttons";
import { issueTokenAction, type TIssueState } from "@/lib/console/actions/tokens";

export function IssueTokenForm({ institutions, all }: { institutions: { id: string; name: string }[]; all: boolean }) {
  const [state, action, pending] = useActionState(issueTokenAction, { message: "" } as TIssueState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <div aria-live="polite">
        {state.message ? <p role="alert" className="font-bold text-error">{state.message}</p> : null}
        {state.token ? (
          <div role="status" className="rounded-theme border border-accent bg-surface p-3">
            <p className="font-bold">「{state.label}」のトークンを発行しました。この画面でのみ表示します。控えて連携先にお渡しください。</p>
            <code className="block break-all font-mono" data-testid="issued-token">{state.token}</code>
          </div>
        ) : null}
      </div>
      <fieldset disabled={pending} className="space-y-4">
        <div className="space-y-1">
          <label htmlFor="field-institutionId" className="block font-bold">対象の金融機関</label>
          <select id="field-institutionId" name="institutionId" className="block rounded-theme border border-black/30 bg-white px-3 py-2">
            {institutions.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
            {all ? <option value="">すべての金融機関</option> : null}
          </select>
        </div>
        <TextField name="label" label="用途（ラベル）" />
        <TextField name="days" label="有効日数" type="number" defaultValue="30" min={1} max={365} />
        <PrimaryButton>発行する</PrimaryButton>
      </fieldset>
    </form>
  );
}
