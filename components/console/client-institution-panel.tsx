// One institution's row of a client on the console: its status (停止 / 停止を解除 / a pending registration's 有効にする), its 連携開始日 per
// channel the institution offers and the client serves, and whether the public 連携先一覧 lists it (掲載する / 掲載をやめる) — the listing is the
// operator's decision, never a side effect of registration (lib/console/set-partner-listing.ts).
import { setClientStatusAction, setPartnerDatesAction, setPartnerListingAction } from "@/lib/console/actions/clients";
import { formatJst } from "@/lib/console/format-jst";
import { CLIENT_STATUS_JA } from "@/lib/console/client-status-ja";
import type { TConsoleClientDetail } from "@/lib/console/get-console-client";
import { ClientLimitsForm } from "./client-limits-form";

type TRow = TConsoleClientDetail["institutions"][number];

const outline = "rounded-theme border-2 border-primary px-4 py-2 font-bold";
const solid = "rounded-theme bg-primary px-4 py-2 font-bold text-on-primary";

function Hidden({ clientId, institutionId }: { clientId: string; institutionId: string }) {
  return (
    <>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="institutionId" value={institutionId} />
    </>
  );
}

type TLimits = { own: { rps: number | null; daily: number | null; presentDaily: number | null; oauthPerMinute: number | null }; defaults: { rps: number; daily: number; presentDaily: number; oauthPerMinute: number } };

export function ClientInstitutionPanel({ client, row, limits }: { client: TConsoleClientDetail; row: TRow; limits?: TLimits }) {
  const listing = row.publishedAt ? `掲載中（${formatJst(row.publishedAt).split(" ")[0]}から）` : "未掲載";
  return (
    <section aria-label={row.name} className="space-y-3 rounded-theme bg-surface p-4">
      <h2 className="text-lg font-bold">{row.name}: {CLIENT_STATUS_JA[row.status] ?? row.status}</h2>
      {row.status === "pending" ? <p>連携先が登録しました。会社と登録番号を確認してから有効にしてください。有効にするまで、このクライアントは連携を始められません。</p> : null}
      <form action={setClientStatusAction}>
        <Hidden clientId={client.clientId} institutionId={row.institutionId} />
        <input type="hidden" name="status" value={row.status === "active" ? "suspended" : "active"} />
        <button type="submit" className={outline}>
          {row.status === "active" ? `${row.name}での利用を停止する` : row.status === "pending" ? `${row.name}で有効にする` : `${row.name}での停止を解除する`}
        </button>
      </form>
      <form action={setPartnerDatesAction} className="flex flex-wrap items-end gap-3">
        <Hidden clientId={client.clientId} institutionId={row.institutionId} />
        {row.offeredChannels.includes("personal") ? (
          <label className="text-sm">連携開始日（個人）<input type="date" name="personalSince" defaultValue={row.personalSince ?? ""} className="block rounded-theme border px-2 py-1" /></label>
        ) : null}
        {row.offeredChannels.includes("corporate") ? (
          <label className="text-sm">連携開始日（法人）<input type="date" name="corporateSince" defaultValue={row.corporateSince ?? ""} className="block rounded-theme border px-2 py-1" /></label>
        ) : null}
        <button type="submit" className={solid}>連携開始日を保存</button>
      </form>
      <div className="space-y-2 border-t border-black/10 pt-3">
        <p><span className="font-bold">連携先一覧（/{row.slug}/partners）:</span> {listing}</p>
        {client.sandbox ? (
          <p className="text-sm">サンドボックスのクライアントは連携先一覧に掲載されません。</p>
        ) : (
          <form action={setPartnerListingAction}>
            <Hidden clientId={client.clientId} institutionId={row.institutionId} />
            <input type="hidden" name="listed" value={row.publishedAt ? "0" : "1"} />
            <button type="submit" className={row.publishedAt ? outline : solid}>
              {row.publishedAt ? `${row.name}の連携先一覧への掲載をやめる` : `${row.name}の連携先一覧に掲載する`}
            </button>
          </form>
        )}
        {!row.publishedAt && !client.sandbox && !row.personalSince && !row.corporateSince ? <p className="text-sm">掲載するには、先に連携開始日を保存してください。</p> : null}
      </div>
      {limits ? <ClientLimitsForm clientId={client.clientId} institutionId={row.institutionId} institutionName={row.name} own={limits.own} defaults={limits.defaults} /> : null}
    </section>
  );
}
