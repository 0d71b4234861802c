// The customer's passkeys on 連携サービスの確認・停止: 名前, 作成日, 最終利用日 and 削除 (a plain form post: works
// without JavaScript). Used by /{institution}/links and the preview.
import type { ReactNode } from "react";
import { Card } from "@/components/consent/step-layout";
import { STACKED } from "@/components/ui/stacked-table";
import type { TPasskeyRow } from "@/lib/passkeys/list-passkeys";
import { jstJapaneseDate } from "@/lib/time/jst";

type TProps = {
  passkeys: TPasskeyRow[];
  csrf: string;
  deleteAction: (passkeyId: string) => (formData: FormData) => void | Promise<void>;
  /** the notice after a deletion: the deleted passkey's name */
  deleted?: string;
  /** 「パスキーを登録」, where it is offered */
  children?: ReactNode;
};

export function PasskeyList({ passkeys, csrf, deleteAction, deleted, children }: TProps) {
  return (
    <Card title="パスキー">
      {deleted ? <p role="status" className="mb-3 font-bold">パスキー「{deleted.slice(0, 40)}」を削除しました。端末に残ったパスキーは、端末の設定から削除できます。</p> : null}
      {passkeys.length === 0 ? <p className="mb-3">登録済みのパスキーはありません。</p> : (
        <table className={`${STACKED.table} mb-4`}>
          <caption className={STACKED.caption}>登録済みのパスキー</caption>
          <thead className={STACKED.thead}>
            <tr><th scope="col" className={STACKED.th}>名前</th><th scope="col" className={STACKED.th}>作成日</th><th scope="col" className={STACKED.th}>最終利用日</th><th scope="col" className={STACKED.th}>操作</th></tr>
          </thead>
          <tbody className={STACKED.tbody}>
            {passkeys.map((p) => (
              <tr key={p.id} className={STACKED.row}>
                <th scope="row" className={`${STACKED.rowHeader} break-words`}>{p.name}</th>
                <td data-label="作成日" className={STACKED.cell}>{jstJapaneseDate(p.createdAt)}</td>
                <td data-label="最終利用日" className={STACKED.cell}>{p.lastUsedAt ? jstJapaneseDate(p.lastUsedAt) : "なし"}</td>
                <td data-label="操作" className={STACKED.cell}>
                  <form action={deleteAction(p.id)}>
                    <input type="hidden" name="csrf" value={csrf} />
                    <button type="submit" className="inline-flex min-h-11 items-center rounded-theme border-2 border-error px-4 font-bold text-error" aria-label={`パスキー「${p.name}」を削除`}>削除</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {children}
    </Card>
  );
}
