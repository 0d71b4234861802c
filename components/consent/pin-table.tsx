"use client";
// 手順4 API連携認証（照会用暗証番号登録）: 口座一覧 with 選択, 登録状態, 照会用口座, 口座メモ and
// 照会用暗証番号; button 登録 (docs/seeds/004). Only 未登録 rows can be selected. Below 640 px each account is
// a card (components/ui/stacked-table.tsx), so a phone never scrolls sideways.
import type { TPinAccount } from "@/lib/consent/list-pin-accounts";
import type { TFormState } from "@/lib/forms/form-state";
import { STACKED } from "@/components/ui/stacked-table";
import { PrimaryButton } from "./buttons";
import { FormMessage } from "./form-message";
import { useStepForm, type TStepAction } from "./use-step-form";

export const PIN_NOTES = ["※登録状態欄に*が表示されている口座の暗証番号は、認可完了後に有効となります。", "※登録した照会用暗証番号は、API連携にのみ使用されます。"];

export function PinTable({ action, csrf, accounts, initial }: { action: TStepAction; csrf: string; accounts: TPinAccount[]; initial?: TFormState }) {
  const { state, formAction, pending, formRef } = useStepForm(action, null, initial);
  return (
    <form key={state.nonce} ref={formRef} action={formAction} noValidate className="space-y-4">
      <p>API連携を行う場合は、現在の照会用暗証番号の登録が必要です。口座を選択し、現在の照会用暗証番号を入力の上、「登録」ボタンを押してください。</p>
      <FormMessage message={state.message} />
      <fieldset disabled={pending} className="space-y-4">
        <input type="hidden" name="csrf" value={csrf} />
        <table className={STACKED.table}>
          <caption className={STACKED.caption}>口座一覧</caption>
          <thead className={STACKED.thead}>
            <tr className="bg-background">
              {["選択", "登録状態", "照会用口座", "口座メモ", "照会用暗証番号"].map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}
            </tr>
          </thead>
          <tbody className={STACKED.tbody}>
            {accounts.map((a) => {
              const error = state.errors[`pin_${a.id}`];
              const open = a.state === "未登録";
              return (
                <tr key={a.id} className={STACKED.row}>
                  <td className={`${STACKED.cell} text-center max-sm:items-center max-sm:text-left ${open ? "" : "max-sm:hidden"}`} data-label="選択">
                    {open ? <input type="checkbox" name={`select_${a.id}`} aria-label={`${a.label}を選択`} defaultChecked={state.values[`select_${a.id}`] === "on" || !state.nonce} className="h-5 w-5" /> : null}
                  </td>
                  <td className={`${STACKED.cell} whitespace-nowrap`} data-label="登録状態">{a.state}</td>
                  <th scope="row" className={STACKED.rowHeader}>{a.label}</th>
                  <td className={STACKED.cell} data-label="口座メモ">{a.memo || "-"}</td>
                  <td className={`${STACKED.cell} max-sm:items-center`} data-label="照会用暗証番号">
                    {open ? (
                      <div>
                        <input type="password" name={`pin_${a.id}`} inputMode="numeric" maxLength={4} autoComplete="off" aria-label={`${a.label}の照会用暗証番号`}
                          aria-invalid={error ? true : undefined} aria-describedby={error ? `pin_${a.id}-error` : undefined}
                          className={`w-24 rounded-theme border bg-white px-2 py-1 max-sm:min-h-11 ${error ? "border-error" : "border-black/30"}`} />
                        {error ? <p id={`pin_${a.id}-error`} className="mt-1 font-bold text-error">{error}</p> : null}
                      </div>
                    ) : a.state === "登録済み*" ? "●●●●" : "-"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {accounts.every((a) => a.state !== "未登録") ? <p className="font-bold">照会用暗証番号が未登録の口座はありません。「登録」ボタンを押してお進みください。</p> : null}
        <div className="space-y-1 text-sm">{PIN_NOTES.map((n) => <p key={n}>{n}</p>)}</div>
        <PrimaryButton>登録</PrimaryButton>
      </fieldset>
    </form>
  );
}
