"use client";
// 初期アクセストークンの発行: for one aggregator (its name and 登録番号 fixed in the token), for the hours
// chosen, single-use when chosen. The token appears once, here, after issuing; only its hash is kept.
// Works without JavaScript (a server action); errors beside their fields.
import { useActionState } from "react";
import { TextField } from "@/components/consent/text-field";
import { PrimaryButton } from "@/components/consent/buttons";
import { issueTokenAction, type TIssueState } from "@/lib/console/actions/tokens";

export function IssueTokenForm({ institutions, all }: { institutions: { id: string; name: string }[]; all: boolean }) {
  const [state, action, pending] = useActionState(issueTokenAction, { errors: {} } as TIssueState);
  const v = state.values ?? {};
  const e = state.errors;
  return (
    <form action={action} className="space-y-4" noValidate>
      <div aria-live="polite">
        {state.message ? <p role="alert" className="font-bold text-error">{state.message}</p> : null}
        {Object.keys(e).length ? <p role="alert" className="font-bold text-error">入力内容をご確認ください。</p> : null}
        {state.token ? (
          <div role="status" className="rounded-theme border border-accent bg-surface p-3">
            <p className="font-bold">「{state.label}」のトークンを発行しました。この画面でのみ表示します。控えて連携先にお渡しください。</p>
            <code className="block break-all font-mono" data-testid="issued-token">{state.token}</code>
          </div>
        ) : null}
      </div>
      <fieldset disabled={pending} className="space-y-4" key={state.token ?? "form"}>
        <div className="space-y-1">
          <label htmlFor="field-institutionId" className="block font-bold">対象の金融機関</label>
          <select id="field-institutionId" name="institutionId" defaultValue={v.institutionId} className="block max-w-full rounded-theme border border-black/30 bg-white px-3 py-2">
            {institutions.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
            {all ? <option value="">すべての金融機関</option> : null}
          </select>
        </div>
        <TextField name="label" label="用途（ラベル）" defaultValue={v.label} error={e.label} />
        <TextField name="aggregatorName" label="電子決済等代行業者名" defaultValue={v.aggregatorName} error={e.aggregatorName} />
        <TextField name="registrationNumber" label="登録番号" defaultValue={v.registrationNumber} error={e.registrationNumber} />
        <TextField name="hours" label="有効期間（時間）" type="number" defaultValue={v.hours ?? "24"} min={1} max={720} error={e.hours} />
        <div className="flex items-center gap-2">
          <input id="field-singleUse" name="singleUse" type="checkbox" defaultChecked={state.values ? v.singleUse === "on" : true} />
          <label htmlFor="field-singleUse">1回だけ使える（登録1件で使用済みになります）</label>
        </div>
        <p className="text-sm">このトークンで登録できるのは、ここに入力した電子決済等代行業者のクライアントだけです。</p>
        <PrimaryButton>発行する</PrimaryButton>
      </fieldset>
    </form>
  );
}
