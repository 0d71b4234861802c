// What the demo aggregator received: 口座一覧, 残高, 入出金明細 — and 連携を解除.
import type { Metadata } from "next";
import Link from "next/link";
import { revokeDemoLink } from "@/lib/demo/actions";
import { readDemoState } from "@/lib/demo/demo-cookie";
import { fetchDemoData, type TDemoData } from "@/lib/demo/fetch-demo-data";

export const metadata: Metadata = { title: "デモアグリゲーター：連携結果" };
export const dynamic = "force-dynamic";

const yen = (digits: string) => `${BigInt(digits).toLocaleString("ja-JP")}円`;

export default async function DemoResultPage() {
  const demo = await readDemoState();
  let data: TDemoData | null = null;
  let failure: string | null = null;
  if (!demo?.accessToken) failure = "連携されていません。";
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
      <h1 className="text-2xl font-bold">連携結果（{demo?.slug}）</h1>
      {failure ? <p role="alert" className="rounded border border-red-700 bg-white p-3 font-bold text-red-800">{failure}</p> : null}
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
              <div className="overflow-x-auto"><table className="w-full min-w-[32rem] border-collapse bg-white text-sm">
                <thead><tr>{["口座", "残高", "支払可能残高", "前日残高"].map((h) => <th key={h} scope="col" className="border px-2 py-1 text-left">{h}</th>)}</tr></thead>
                <tbody>
                  {data.balances.map((b) => {
                    const account = data.accounts.find((a) => a.accountId === b.accountId);
                    return (
                      <tr key={b.accountId}>
                        <th scope="row" className="border px-2 py-1 text-left font-normal">{account ? `${account.branchName} ${account.accountNumber}` : b.accountId}</th>
                        <td className="border px-2 py-1 text-right">{yen(b.balance)}</td>
                        <td className="border px-2 py-1 text-right">{yen(b.withdrawableAmount)}</td>
                        <td className="border px-2 py-1 text-right">{yen(b.previousDayBalance)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table></div>
            </section>
          ) : null}
          {data.transactions ? (
            <section aria-labelledby="transactions" className="space-y-2">
              <h2 id="transactions" className="text-lg font-bold">入出金明細（{data.transactions.dateFrom}〜{data.transactions.dateTo}、{data.transactions.count}件）</h2>
              <div className="overflow-x-auto"><table className="w-full min-w-[32rem] border-collapse bg-white text-sm">
                <thead><tr>{["日付", "摘要", "入金", "出金", "残高"].map((h) => <th key={h} scope="col" className="border px-2 py-1 text-left">{h}</th>)}</tr></thead>
                <tbody>
                  {data.transactions.transactions.slice(-20).map((t) => (
                    <tr key={t.itemKey}>
                      <td className="border px-2 py-1">{t.transactionDate}</td>
                      <td className="border px-2 py-1">{t.remarks}</td>
                      <td className="border px-2 py-1 text-right">{t.transactionType === "1" ? yen(t.amount) : ""}</td>
                      <td className="border px-2 py-1 text-right">{t.transactionType === "2" ? yen(t.amount) : ""}</td>
                      <td className="border px-2 py-1 text-right">{yen(t.balance)}</td>
                    </tr>
                  ))}
                </tbody>
              </table></div>
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
