// What the demo aggregator received: 口座一覧, 残高, 入出金明細 — and 連携を解除. The heading names the
// institution; below 640 px the tables are cards (components/ui/stacked-table.tsx).
import type { Metadata } from "next";
import Link from "next/link";
import { revokeDemoLink } from "@/lib/demo/demo-actions";
import { readDemoState } from "@/lib/demo/demo-cookie";
import { fetchDemoData, type TDemoData } from "@/lib/demo/fetch-demo-data";
import { getInstitution } from "@/lib/institutions/get-institution";
import { STACKED } from "@/components/ui/stacked-table";

export const metadata: Metadata = { title: "デモアグリゲーター：連携結果" };
export const dynamic = "force-dynamic";

const yen = (digits: string) => `${BigInt(digits).toLocaleString("ja-JP")}円`;

/** An account as the customer knows it: 本所営業部(002) 普通預金 1111111. */
function accountLabel(data: TDemoData, accountId: string): string {
  const a = data.accounts.find((account) => account.accountId === accountId);
  return a ? `${a.branchName}(${a.branchCode}) ${a.accountTypeName} ${a.accountNumber}` : accountId;
}

export default async function DemoResultPage() {
  const demo = await readDemoState();
  const institution = demo ? await getInstitution(demo.slug) : null;
  let data: TDemoData | null = null;
  let failure: string | null = null;
  if (!demo?.accessToken) failure = "連携されていません。デモのページから、もう一度金融機関と連携してください。";
  else {
    try {
      data = await fetchDemoData(demo);
    } catch {
      failure = "APIから取得できませんでした。連携が解除されたか、有効期限が切れています。";
    }
  }
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <p className="text-sm"><Link className="underline" href="/demo">デモに戻る</Link></p>
      <h1 className="text-2xl font-bold">{institution ? `連携結果（${institution.name}）` : "連携結果"}</h1>
      {failure ? <p role="alert" className="rounded border border-red-700 bg-white p-3 font-bold text-red-800">{failure} <Link className="underline" href="/demo">デモに戻る</Link></p> : null}
      {data ? (
        <>
          <section aria-labelledby="accounts" className="space-y-2">
            <h2 id="accounts" className="text-lg font-bold">口座一覧</h2>
            <ul className="list-disc pl-6">
              {data.accounts.map((a) => <li key={a.accountId}>{a.branchName}({a.branchCode}) {a.accountTypeName} {a.accountNumber} {a.accountName}</li>)}
            </ul>
          </section>
          {data.balances ? (
            <section aria-labelledby="balances" className="space-y-2">
              <h2 id="balances" className="text-lg font-bold">残高</h2>
              <table className={`${STACKED.table} bg-white`}>
                <caption className="sr-only">口座ごとの残高</caption>
                <thead className={STACKED.thead}><tr>{["口座", "残高", "支払可能残高", "前日残高"].map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}</tr></thead>
                <tbody className={STACKED.tbody}>
                  {data.balances.map((b) => {
                    const account = data.accounts.find((a) => a.accountId === b.accountId);
                    return (
                      <tr key={b.accountId} className={STACKED.row}>
                        <th scope="row" className={STACKED.rowHeader}>{account ? `${account.branchName} ${account.accountNumber}` : b.accountId}</th>
                        <td className={`${STACKED.cell} sm:text-right`} data-label="残高">{yen(b.balance)}</td>
                        <td className={`${STACKED.cell} sm:text-right`} data-label="支払可能残高">{yen(b.withdrawableAmount)}</td>
                        <td className={`${STACKED.cell} sm:text-right`} data-label="前日残高">{yen(b.previousDayBalance)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          ) : null}
          {data.transactions ? (
            <section aria-labelledby="transactions" className="space-y-2">
              {/* the statement is one account's (lib/demo/fetch-demo-data.ts asks for the first): say which */}
              <h2 id="transactions" className="text-lg font-bold">入出金明細（{accountLabel(data, data.transactions.accountId)}）</h2>
              <p className="text-sm">{data.transactions.dateFrom}〜{data.transactions.dateTo}、{data.transactions.count}件</p>
              <table className={`${STACKED.table} bg-white`}>
                <caption className="sr-only">入出金明細（{accountLabel(data, data.transactions.accountId)}、新しい20件）</caption>
                <thead className={STACKED.thead}><tr>{["日付", "摘要", "入金", "出金", "残高"].map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}</tr></thead>
                <tbody className={STACKED.tbody}>
                  {data.transactions.transactions.slice(-20).map((t) => (
                    <tr key={t.itemKey} className={STACKED.row}>
                      <td className={STACKED.cell} data-label="日付">{t.transactionDate}</td>
                      <th scope="row" className={STACKED.rowHeader}>{t.remarks}</th>
                      <td className={`${STACKED.cell} sm:text-right ${t.transactionType === "1" ? "" : "max-sm:hidden"}`} data-label="入金">{t.transactionType === "1" ? yen(t.amount) : ""}</td>
                      <td className={`${STACKED.cell} sm:text-right ${t.transactionType === "2" ? "" : "max-sm:hidden"}`} data-label="出金">{t.transactionType === "2" ? yen(t.amount) : ""}</td>
                      <td className={`${STACKED.cell} sm:text-right`} data-label="残高">{yen(t.balance)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      ) : null}
      {demo?.refreshToken ? (
        <form action={revokeDemoLink}>
          <button type="submit" className="min-h-11 rounded border-2 border-red-800 bg-white px-5 font-bold text-red-800">連携を解除</button>
        </form>
      ) : null}
    </main>
  );
}
