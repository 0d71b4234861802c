"use client";
// The forms of /console/profiles: a baseline client's 利用期限, its switch to fapi2, an institution's
// baseline settings. Each works without JavaScript; the fieldset is disabled while it is sent; a refusal
// sits beside its field (and in an aria-live region), with what was entered.
import { useActionState, type ReactNode } from "react";
import { moveSunsetAction, setBaselineSettingsAction, switchToFapi2Action, type TProfileFormState } from "@/lib/console/actions/profiles";

const initial: TProfileFormState = { errors: {} };
const input = "block rounded-theme border border-black/30 bg-white px-2 py-1";
const button = "rounded-theme bg-primary px-4 py-2 font-bold text-on-primary disabled:opacity-60";

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-bold">{label}</label>
      {children}
      {error ? <p id={`${id}-error`} className="text-sm font-bold text-error">{error}</p> : null}
    </div>
  );
}

function FormAlert({ state }: { state: TProfileFormState }) {
  return <div aria-live="polite">{state.errors.form ? <p role="alert" className="font-bold text-error">{state.errors.form}</p> : null}</div>;
}

export function SunsetForm({ clientId, clientName, lastDay }: { clientId: string; clientName: string; lastDay: string }) {
  const [state, action, pending] = useActionState(moveSunsetAction, initial);
  const id = `sunset-${clientId}`;
  const entered = typeof state.values?.lastDay === "string" ? state.values.lastDay : lastDay;
  return (
    <form action={action} className="space-y-2" noValidate>
      <FormAlert state={state} />
      <fieldset disabled={pending} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="clientId" value={clientId} />
        <Field id={id} label={`${clientName} の利用期限（この日まで利用できます）`} error={state.errors.lastDay}>
          <input id={id} type="date" name="lastDay" defaultValue={entered} className={input} aria-invalid={state.errors.lastDay ? true : undefined} aria-describedby={state.errors.lastDay ? `${id}-error` : undefined} />
        </Field>
        <button type="submit" className={button}>利用期限を変更</button>
      </fieldset>
    </form>
  );
}

export function SwitchToFapi2Form({ clientId, clientName, keys }: { clientId: string; clientName: string; keys: { jwks: boolean; jwksUri: string | null; tlsSubjectDn: string | null } }) {
  const [state, action, pending] = useActionState(switchToFapi2Action, initial);
  const id = (name: string) => `switch-${clientId}-${name}`;
  const e = state.errors;
  const v = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : "");
  const registered = [keys.jwks ? "JWKS" : null, keys.jwksUri ? `JWKS URI（${keys.jwksUri}）` : null, keys.tlsSubjectDn ? `サブジェクトDN（${keys.tlsSubjectDn}）` : null].filter(Boolean);
  return (
    <details open={Object.keys(e).length > 0} className="space-y-3">
      <summary className="cursor-pointer font-bold">fapi2 への切り替え</summary>
      <form action={action} className="space-y-3 pt-2" noValidate aria-label={`${clientName} を fapi2 に切り替える`}>
        <FormAlert state={state} />
        <p className="text-sm">
          切り替えると、このクライアントには FAPI 2.0（PAR、private_key_jwt か tls_client_auth、送信者に紐づくトークン）だけが適用され、利用期限はなくなります。
          連携中のお客さまの連携はそのまま続きます。client_secret は使えなくなります。
          {registered.length ? ` 登録済みの鍵: ${registered.join("、")}（空欄の項目は登録済みのものを使います）。` : " 鍵が登録されていません。公開鍵か証明書のサブジェクトDNを入力してください。"}
        </p>
        <fieldset disabled={pending} className="space-y-3">
          <input type="hidden" name="clientId" value={clientId} />
          <Field id={id("authMethod")} label="クライアント認証方式" error={e.authMethod}>
            <select id={id("authMethod")} name="authMethod" defaultValue={v("authMethod") || (keys.tlsSubjectDn && !keys.jwks && !keys.jwksUri ? "tls_client_auth" : "private_key_jwt")} className={input}>
              <option value="private_key_jwt">private_key_jwt</option>
              <option value="tls_client_auth">tls_client_auth</option>
            </select>
          </Field>
          <Field id={id("jwks")} label="JWKS（公開鍵のJSON）" error={e.jwks}>
            <textarea id={id("jwks")} name="jwks" rows={3} defaultValue={v("jwks")} className={`${input} w-full font-mono text-sm`} aria-invalid={e.jwks ? true : undefined} aria-describedby={e.jwks ? `${id("jwks")}-error` : undefined} />
          </Field>
          <Field id={id("jwksUri")} label="JWKS URI（JWKS の代わりに）" error={e.jwksUri}>
            <input id={id("jwksUri")} name="jwksUri" defaultValue={v("jwksUri")} className={`${input} w-full`} aria-invalid={e.jwksUri ? true : undefined} aria-describedby={e.jwksUri ? `${id("jwksUri")}-error` : undefined} />
          </Field>
          <Field id={id("tlsSubjectDn")} label="クライアント証明書のサブジェクトDN（tls_client_auth）" error={e.tlsSubjectDn}>
            <input id={id("tlsSubjectDn")} name="tlsSubjectDn" defaultValue={v("tlsSubjectDn")} className={`${input} w-full`} aria-invalid={e.tlsSubjectDn ? true : undefined} aria-describedby={e.tlsSubjectDn ? `${id("tlsSubjectDn")}-error` : undefined} />
          </Field>
          <button type="submit" className={button}>fapi2 に切り替える</button>
        </fieldset>
      </form>
    </details>
  );
}

type TBaseline = { enabled: boolean; defaultSunsetDays: number; accessTokenSeconds: number };

export function BaselineSettingsForm({ institution, baseline, clients }: { institution: { id: string; name: string }; baseline: TBaseline; clients: number }) {
  const [state, action, pending] = useActionState(setBaselineSettingsAction, initial);
  const id = (name: string) => `baseline-${institution.id}-${name}`;
  const e = state.errors;
  const entered = state.values ? { enabled: state.values.enabled === true, defaultSunsetDays: String(state.values.defaultSunsetDays), accessTokenSeconds: String(state.values.accessTokenSeconds) } : baseline;
  return (
    <form action={action} className="space-y-3 rounded-theme bg-surface p-4" noValidate aria-label={`${institution.name} の baseline 設定`}>
      <h3 className="font-bold">{institution.name}</h3>
      <FormAlert state={state} />
      <fieldset disabled={pending} className="space-y-3">
        <input type="hidden" name="institutionId" value={institution.id} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="enabled" defaultChecked={entered.enabled} /> baseline プロファイルを利用できるようにする
        </label>
        <p className="text-sm">
          無効にすると、この金融機関では baseline のクライアントの登録・認可・トークン発行・API利用がすべて直ちに拒否されます
          （この金融機関で連携中の baseline のクライアント: {clients}件）。
        </p>
        <Field id={id("days")} label="新しい登録の利用期限（登録日からの日数）" error={e.defaultSunsetDays}>
          <input id={id("days")} type="number" name="defaultSunsetDays" min={1} max={1825} defaultValue={entered.defaultSunsetDays} className={input} aria-invalid={e.defaultSunsetDays ? true : undefined} aria-describedby={e.defaultSunsetDays ? `${id("days")}-error` : undefined} />
        </Field>
        <Field id={id("seconds")} label="Bearer アクセストークンの有効期間（秒）" error={e.accessTokenSeconds}>
          <input id={id("seconds")} type="number" name="accessTokenSeconds" min={60} max={3600} defaultValue={entered.accessTokenSeconds} className={input} aria-invalid={e.accessTokenSeconds ? true : undefined} aria-describedby={e.accessTokenSeconds ? `${id("seconds")}-error` : undefined} />
        </Field>
        <button type="submit" className={button}>{institution.name}の設定を保存</button>
      </fieldset>
    </form>
  );
}
