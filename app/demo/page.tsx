// /demo: a demo aggregator (家計簿アプリ) built into the portal. It runs a real flow as the OAuth client
// renkei-demo against any institution, then shows what the API returned.
import type { Metadata } from "next";
import Link from "next/link";
import { listInstitutions } from "@/lib/institutions/get-institution";
import { demoMessage } from "@/lib/demo/demo-message";


export const metadata: Metadata = { title: "デモアグリゲーター" };
export const dynamic = "force-dynamic";


export default async function DemoPage({ searchParams }: { searchParams: Promise<{ error?: string; revoked?: string }> }) {
  const institutions = await listInstitutions();
  const query = await searchParams;
  const message = demoMessage(query);
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <header className="space-y-2">
        <p className="text-sm"><Link className="underline" href="/">Renkei</Link> ／ デモ</p>
        <h1 className="text-2xl font-bold">Renkei デモ家計簿</h1>
        <p>外部サービス（電子決済等代行業者）の立場で、金融機関とのAPI連携を試せます。PAR・PKCE・DPoP・private_key_jwt による本物のフローです。</p>
      </header>
      {message ? <p role="status" className="rounded border border-black/20 bg-white p-3 font-bold">{message}</p> : null}
      <form action="/demo/start" method="post" className="space-y-5 rounded border border-black/10 bg-white p-5 shadow-sm">
        <fieldset className="space-y-2">
          <legend className="font-bold">連携する金融機関</legend>
          {institutions.map((inst, i) => (
            <label key={inst.slug} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="institution" value={inst.slug} defaultChecked={i === 0} className="h-5 w-5" />
              {inst.name}
            </label>
          ))}
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="channel" className="block font-bold">ご利用のサービス</label>
          <select id="channel" name="channel" className="block w-full rounded border border-black/30 bg-white px-3 py-2">
            <option value="">金融機関の画面で選ぶ</option>
            <option value="personal">個人（WEBバンキング）</option>
            <option value="corporate">法人（WEB-FB）</option>
          </select>
        </div>
        <fieldset className="space-y-2">
          <legend className="font-bold">照会する業務</legend>
          <label className="flex min-h-11 items-center gap-3"><input type="checkbox" name="scope" value="balances" defaultChecked className="h-5 w-5" />残高照会</label>
          <label className="flex min-h-11 items-center gap-3"><input type="checkbox" name="scope" value="transactions" defaultChecked className="h-5 w-5" />入出金明細照会</label>
        </fieldset>
        <button type="submit" className="min-h-11 rounded bg-[#1f3a5f] px-5 font-bold text-white">金融機関と連携する</button>
      </form>
    </main>
  );
}
