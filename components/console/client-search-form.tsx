// The console client list's search: a word (連携先・サービス名・client_id・登録番号), 金融機関, 状態,
// サンドボックス, 連携先一覧への掲載, and the order. A GET form, so a search is a link an operator can keep.
import type { TClientSearch } from "@/lib/console/search-clients";
import { InstitutionFilter } from "./institution-filter";

const select = "block rounded-theme border px-2 py-1";

function Choice({ label, name, value, options }: { label: string; name: string; value: string; options: [string, string][] }) {
  return (
    <label>{label}
      <select name={name} defaultValue={value} className={select}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}

export function ClientSearchForm({ query, institutions }: { query: TClientSearch; institutions: { id: string; name: string }[] }) {
  return (
    <form method="get" role="search" aria-label="クライアントの検索" className="flex flex-wrap items-end gap-3 rounded-theme bg-surface p-4 text-sm">
      <label>キーワード<input type="search" name="q" defaultValue={query.q} placeholder="会社名・サービス名・client_id・登録番号" className="block w-72 max-w-full rounded-theme border px-2 py-1" /></label>
      <InstitutionFilter institutions={institutions} value={query.institutionId} />
      <Choice label="状態" name="status" value={query.status} options={[["", "すべて"], ["pending", "有効化待ち"], ["active", "有効"], ["suspended", "停止中"]]} />
      <Choice label="サンドボックス" name="sandbox" value={query.sandbox} options={[["", "すべて"], ["no", "本番のみ"], ["yes", "サンドボックスのみ"]]} />
      <Choice label="連携先一覧" name="published" value={query.published} options={[["", "すべて"], ["yes", "掲載中"], ["no", "未掲載"]]} />
      <Choice label="並び順" name="sort" value={query.sort} options={[["newest", "登録日の新しい順"], ["oldest", "登録日の古い順"], ["aggregator", "連携先（会社名）順"], ["service", "サービス名順"]]} />
      <button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">検索</button>
    </form>
  );
}
