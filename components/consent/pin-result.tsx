// 手順5 API連携認証（照会用暗証番号登録結果）: the table after registering; buttons
// 照会用暗証番号の追加登録 (back to 手順4) and 確認 (on to 手順6) (docs/seeds/004).
import type { TPinAccount } from "@/lib/consent/list-pin-accounts";
import { STACKED } from "@/components/ui/stacked-table";
import { PrimaryButton, SecondaryButton } from "./buttons";
import { PIN_NOTES } from "./pin-table";

export function PinResult({ action, csrf, accounts }: { action: (formData: FormData) => void | Promise<void>; csrf: string; accounts: TPinAccount[] }) {
  const anyOpen = accounts.some((a) => a.state === "未登録");
  return (
    <form action={action} className="space-y-4">
      <p>以下の内容で照会用暗証番号を登録しました。内容を確認の上、「確認」ボタンをクリックしてください。照会用暗証番号を追加登録するには、「照会用暗証番号の追加登録」ボタンをクリックしてください。</p>
      <input type="hidden" name="csrf" value={csrf} />
      <table className={STACKED.table}>
        <caption className={STACKED.caption}>口座一覧</caption>
        <thead className={STACKED.thead}>
          <tr className="bg-background">
            {["登録状態", "照会用口座", "口座メモ"].map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}
          </tr>
        </thead>
        <tbody className={STACKED.tbody}>
          {accounts.map((a) => (
            <tr key={a.id} className={STACKED.row}>
              <td className={`${STACKED.cell} whitespace-nowrap`} data-label="登録状態">{a.state}</td>
              <th scope="row" className={STACKED.rowHeader}>{a.label}</th>
              <td className={STACKED.cell} data-label="口座メモ">{a.memo || "-"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm">{PIN_NOTES[0]}</p>
      <div className="flex flex-wrap gap-3">
        {anyOpen ? <SecondaryButton name="next" value="more">照会用暗証番号の追加登録</SecondaryButton> : null}
        <PrimaryButton name="next" value="confirm">確認</PrimaryButton>
      </div>
    </form>
  );
}
