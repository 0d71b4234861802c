"use client";
// 利用上限 of one client at one institution (the client's console page): calls per second, per 連携 and day
// without and with the customer present, and token/PAR calls per minute. Blank: the institution's default (shown
// as the placeholder); 0: no limit. Works without JavaScript; an error sits beside its field.
import { useActionState } from "react";
import { TextField } from "@/components/consent/text-field";
import { setClientLimitsAction, type TLimitsFormState } from "@/lib/console/actions/limits";

type TValues = { rps: number | null; daily: number | null; presentDaily: number | null; oauthPerMinute: number | null };
type TDefaults = { rps: number; daily: number; presentDaily: number; oauthPerMinute: number };

const FIELDS: { name: keyof TValues; label: string }[] = [
  { name: "rps", label: "1秒あたりの呼び出し回数（参照系API、この連携先の全連携の合計）" },
  { name: "daily", label: "1日あたりの呼び出し回数（連携ごと、お客さまがいないとき）" },
  { name: "presentDaily", label: "1日あたりの呼び出し回数（連携ごと、お客さまがいるとき）" },
  { name: "oauthPerMinute", label: "1分あたりのトークン・PAR の呼び出し回数" },
];

const text = (v: number | null) => (v === null ? "" : String(v));
const defaultLabel = (v: number) => (v === 0 ? "既定：上限なし" : `既定：${v.toLocaleString("ja-JP")}`);

export function ClientLimitsForm({ clientId, institutionId, institutionName, own, defaults }: { clientId: string; institutionId: string; institutionName: string; own: TValues; defaults: TDefaults }) {
  const initial: TLimitsFormState = { errors: {}, values: Object.fromEntries(FIELDS.map((f) => [f.name, text(own[f.name])])) };
  const [state, action, pending] = useActionState(setClientLimitsAction, initial);
  return (
    <form action={action} className="space-y-2 border-t border-black/10 pt-3" noValidate aria-label={`${institutionName}での利用上限`}>
      <h3 className="font-bold">利用上限（空欄は金融機関の既定値、0 は上限なし）</h3>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="institutionId" value={institutionId} />
      <fieldset disabled={pending} className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map((f) => (
          <TextField key={f.name} id={`limits-${institutionId}-${f.name}`} name={f.name} label={f.label} inputMode="numeric" defaultValue={state.values[f.name]} placeholder={defaultLabel(defaults[f.name])} error={state.errors[f.name]} />
        ))}
      </fieldset>
      {state.errors.form ? <p role="alert" className="font-bold text-error">{state.errors.form}</p> : null}
      <button type="submit" disabled={pending} className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">利用上限を保存</button>
      <div aria-live="polite">{state.saved ? <p role="status" className="font-bold">利用上限を保存しました。5秒以内にすべてのサーバーで有効になります。</p> : null}</div>
    </form>
  );
}
