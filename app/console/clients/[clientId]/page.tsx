// /console/clients/{client_id} — one client: suspend / resume and 連携開始日 per institution of the scope.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsoleShell } from "@/components/console/console-shell";
import { Notice } from "@/components/console/notice";
import { ClientEvents } from "@/components/console/client-events";
import { listClientEvents } from "@/lib/console/list-client-events";
import { consolePage } from "@/lib/console/console-page";
import { listClients } from "@/lib/console/list-clients";
import { setClientStatusAction, setPartnerDatesAction } from "@/lib/console/actions/clients";

export const metadata: Metadata = { title: "クライアント" };
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ clientId: string }>; searchParams: Promise<{ done?: string }> };

export default async function ClientPage({ params, searchParams }: TProps) {
  const { clientId } = await params;
  const { done } = await searchParams;
  const { scope, shell } = await consolePage();
  const [client] = await listClients(scope, { clientId: decodeURIComponent(clientId) });
  if (!client) notFound();
  const events = await listClientEvents(scope, client.clientId);
  return (
    <ConsoleShell {...shell} title={client.clientName}>
      <Notice code={done} />
      <dl className="grid grid-cols-[10rem_1fr] gap-2 bg-surface p-4 text-sm">
        <dt className="font-bold">連携先</dt><dd>{client.aggregator}</dd>
        <dt className="font-bold">登録番号</dt><dd>{client.registrationNumber}</dd>
        <dt className="font-bold">client_id</dt><dd className="font-mono">{client.clientId}</dd>
        <dt className="font-bold">認証方式</dt><dd>{client.authMethod}{client.sandbox ? "（サンドボックス）" : ""}</dd>
      </dl>
      {client.institutions.map((i) => (
        <section key={i.institutionId} aria-label={i.name} className="space-y-3 rounded-theme bg-surface p-4">
          <h2 className="text-lg font-bold">{i.name}: {i.status === "active" ? "有効" : "停止中"}</h2>
          <form action={setClientStatusAction}>
            <input type="hidden" name="clientId" value={client.clientId} />
            <input type="hidden" name="institutionId" value={i.institutionId} />
            <input type="hidden" name="status" value={i.status === "active" ? "suspended" : "active"} />
            <button type="submit" className="rounded-theme border-2 border-primary px-4 py-2 font-bold">
              {i.status === "active" ? `${i.name}での利用を停止する` : `${i.name}での停止を解除する`}
            </button>
          </form>
          <form action={setPartnerDatesAction} className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="clientId" value={client.clientId} />
            <input type="hidden" name="institutionId" value={i.institutionId} />
            <label className="text-sm">連携開始日（個人）<input type="date" name="personalSince" defaultValue={i.personalSince ?? ""} className="block rounded-theme border px-2 py-1" /></label>
            <label className="text-sm">連携開始日（法人）<input type="date" name="corporateSince" defaultValue={i.corporateSince ?? ""} className="block rounded-theme border px-2 py-1" /></label>
            <button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">連携開始日を保存</button>
          </form>
        </section>
      ))}
      {events ? <ClientEvents clientId={client.clientId} events={events} /> : null}
    </ConsoleShell>
  );
}
