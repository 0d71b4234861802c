"use client";
// クライアントの登録: the fields of ZConsoleClientSchema (lib/console/parse-client-form.ts). Works without
// JavaScript; errors sit beside their fields, the entered values are kept, and the client_id (and a
// sandbox client's secret) is shown once after registration.
import { useActionState } from "react";
import { TextField } from "@/components/consent/text-field";
import { PrimaryButton } from "@/components/consent/buttons";
import { registerClientAction, type TClientFormState } from "@/lib/console/actions/clients";

const initial: TClientFormState = { errors: {}, values: {} };
type TInstitution = { id: string; name: string };

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? <p id={id} className="text-sm font-bold text-error">{error}</p> : null;
}

export function ClientForm({ institutions }: { institutions: TInstitution[] }) {
  const [state, action, pending] = useActionState(registerClientAction, initial);
  const v = state.values as Record<string, string | boolean | string[] | { institutionId: string; personal: string; corporate: string }[]>;
  const text = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : "");
  const since = (id: string, channel: "personal" | "corporate") => (Array.isArray(v.since) ? (v.since as { institutionId: string; personal: string; corporate: string }[]).find((s) => s.institutionId === id)?.[channel] ?? "" : "");
  const channels = Array.isArray(v.channels) ? (v.channels as string[]) : ["personal", "corporate"];
  const e = state.errors;
  if (state.created) {
    return (
      <div role="status" className="space-y-2 rounded-theme border border-accent bg-surface p-4">
        <p className="font-bold">クライアントを登録しました。</p>
        <p>client_id: <code className="font-mono">{state.created.clientId}</code></p>
        <p>連携先一覧にはまだ掲載されていません。<a className="text-accent underline" href={`/console/clients/${encodeURIComponent(state.created.clientId)}`}>クライアントの詳細</a>で連携開始日を確認し、掲載してください。</p>
        {state.created.clientSecret ? (
          <p>client_secret（この画面でのみ表示します。控えてください）: <code className="font-mono">{state.created.clientSecret}</code></p>
        ) : null}
        {state.created.sunsetDay ? <p>baseline プロファイルの利用期限: {state.created.sunsetDay}（期限は「セキュリティプロファイル」の画面で変更できます）</p> : null}
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <div aria-live="polite">{Object.keys(e).length ? <p role="alert" className="font-bold text-error">入力内容をご確認ください。{e.form ? ` ${e.form}` : ""}</p> : null}</div>
      <fieldset disabled={pending} className="space-y-4">
        <TextField name="aggregatorName" label="連携先（会社名）" defaultValue={text("aggregatorName")} error={e.aggregatorName} />
        <TextField name="registrationNumber" label="電子決済等代行業者の登録番号" placeholder="関東財務局長（電代）第77号" defaultValue={text("registrationNumber")} error={e.registrationNumber} />
        <TextField name="clientName" label="サービス名" defaultValue={text("clientName")} error={e.clientName} />
        <TextField name="serviceDescription" label="サービス内容" defaultValue={text("serviceDescription")} error={e.serviceDescription} />
        <div className="space-y-1">
          <label htmlFor="field-redirectUris" className="block font-bold">リダイレクトURI（1行に1つ）</label>
          <textarea id="field-redirectUris" name="redirectUris" rows={3} defaultValue={text("redirectUris")} aria-invalid={e.redirectUris ? true : undefined} aria-describedby={e.redirectUris ? "err-redirectUris" : undefined} className="block w-full rounded-theme border border-black/30 bg-white px-3 py-2 font-mono text-sm" />
          <FieldError id="err-redirectUris" error={e.redirectUris} />
        </div>
        <div className="space-y-1">
          <label htmlFor="field-securityProfile" className="block font-bold">セキュリティプロファイル</label>
          <select id="field-securityProfile" name="securityProfile" defaultValue={text("securityProfile") || "fapi2"} className="block rounded-theme border border-black/30 bg-white px-3 py-2" aria-describedby={e.securityProfile ? "err-securityProfile" : undefined}>
            <option value="fapi2">fapi2（FAPI 2.0）</option>
            <option value="baseline">baseline（移行用・利用期限つき）</option>
          </select>
          <FieldError id="err-securityProfile" error={e.securityProfile} />
        </div>
        <div className="space-y-1">
          <label htmlFor="field-authMethod" className="block font-bold">クライアント認証方式</label>
          <select id="field-authMethod" name="authMethod" defaultValue={text("authMethod") || "private_key_jwt"} className="block rounded-theme border border-black/30 bg-white px-3 py-2" aria-describedby={e.authMethod ? "err-authMethod" : undefined}>
            <option value="private_key_jwt">private_key_jwt</option>
            <option value="tls_client_auth">tls_client_auth</option>
            <option value="client_secret_basic">client_secret_basic（baseline・サンドボックスのみ）</option>
            <option value="client_secret_post">client_secret_post（baseline のみ）</option>
          </select>
          <FieldError id="err-authMethod" error={e.authMethod} />
        </div>
        <div className="space-y-1">
          <label htmlFor="field-jwks" className="block font-bold">JWKS（公開鍵のJSON）</label>
          <textarea id="field-jwks" name="jwks" rows={4} defaultValue={text("jwks")} aria-describedby={e.jwks ? "err-jwks" : undefined} className="block w-full rounded-theme border border-black/30 bg-white px-3 py-2 font-mono text-sm" />
          <FieldError id="err-jwks" error={e.jwks} />
        </div>
        <TextField name="jwksUri" label="JWKS URI（JWKS の代わりに）" defaultValue={text("jwksUri")} error={e.jwksUri} />
        <TextField name="tlsSubjectDn" label="クライアント証明書のサブジェクトDN（tls_client_auth）" defaultValue={text("tlsSubjectDn")} error={e.tlsSubjectDn} />
        <TextField name="eventDeliveryUri" label="イベント通知先URI（event_delivery_uri、任意）" defaultValue={text("eventDeliveryUri")} error={e.eventDeliveryUri} />
        <label className="flex items-center gap-2"><input type="checkbox" name="sandbox" defaultChecked={v.sandbox === true} /> サンドボックス（テスト用データのみ）</label>
        <fieldset className="space-y-1" aria-describedby={e.channels ? "err-channels" : undefined}>
          <legend className="font-bold">チャネル</legend>
          <label className="mr-4"><input type="checkbox" name="channels" value="personal" defaultChecked={channels.includes("personal")} /> 個人</label>
          <label><input type="checkbox" name="channels" value="corporate" defaultChecked={channels.includes("corporate")} /> 法人</label>
          <FieldError id="err-channels" error={e.channels} />
        </fieldset>
        <fieldset className="space-y-2" aria-describedby={e.since ? "err-since" : undefined}>
          <legend className="font-bold">連携開始日（空欄は未連携）</legend>
          {institutions.map((i) => (
            <div key={i.id} className="flex flex-wrap items-end gap-3">
              <span className="w-40">{i.name}</span>
              <label className="text-sm">個人<input type="date" name={`since.${i.id}.personal`} aria-label={`${i.name} 連携開始日（個人）`} defaultValue={since(i.id, "personal")} className="block rounded-theme border px-2 py-1" /></label>
              <label className="text-sm">法人<input type="date" name={`since.${i.id}.corporate`} aria-label={`${i.name} 連携開始日（法人）`} defaultValue={since(i.id, "corporate")} className="block rounded-theme border px-2 py-1" /></label>
            </div>
          ))}
          <FieldError id="err-since" error={e.since} />
        </fieldset>
        <PrimaryButton>登録する</PrimaryButton>
      </fieldset>
    </form>
  );
}
