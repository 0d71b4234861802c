// /console/clients/{client_id} — one client: who it is, its redirect URIs and keys, and per institution of
// the scope its status, 連携開始日 and listing on 連携先一覧.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsoleShell } from "@/components/console/console-shell";
import { Notice } from "@/components/console/notice";
import { ClientEvents } from "@/components/console/client-events";
import { listClientEvents } from "@/lib/console/list-client-events";
import { ClientCredentials } from "@/components/console/client-credentials";
import { ClientInstitutionPanel } from "@/components/console/client-institution-panel";
import { ProfileBadge } from "@/components/console/profile-badge";
import { consolePage } from "@/lib/console/console-page";
import { formatJst } from "@/lib/console/format-jst";
import { getConsoleClient } from "@/lib/console/get-console-client";
import { getInstitution } from "@/lib/institutions/get-institution";
import { ownClientLimits } from "@/lib/limits/set-client-limits";

export const metadata: Metadata = { title: "クライアント" };
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ clientId: string }>; searchParams: Promise<{ done?: string }> };

const CHANNELS: Record<string, string> = { personal: "個人", corporate: "法人" };

export default async function ClientPage({ params, searchParams }: TProps) {
  const { clientId } = await params;
  const { done } = await searchParams;
  const { scope, shell } = await consolePage();
  const client = await getConsoleClient(scope, decodeURIComponent(clientId));
  if (!client) notFound();
  const events = await listClientEvents(scope, client.clientId);
  // each institution's limits for this client: its own values, and the defaults a blank field takes
  const limits = await Promise.all(client.institutions.map(async (row) => ({
    own: await ownClientLimits(row.institutionId, client.clientId),
    defaults: (await getInstitution(row.slug))?.settings.limits ?? { rps: 0, daily: 0, presentDaily: 0, oauthPerMinute: 0 },
  })));
  return (
    <ConsoleShell {...shell} title={client.clientName}>
      <Notice code={done} />
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 bg-surface p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">連携先</dt><dd>{client.aggregator}</dd>
        <dt className="font-bold">登録番号</dt><dd>{client.registrationNumber}</dd>
        <dt className="font-bold">サービス内容</dt><dd>{client.serviceDescription || "—"}</dd>
        <dt className="font-bold">client_id</dt><dd className="font-mono">{client.clientId}</dd>
        <dt className="font-bold">登録日</dt><dd>{formatJst(client.createdAt)}</dd>
        <dt className="font-bold">認証方式</dt><dd>{client.authMethod}{client.sandbox ? "（サンドボックス）" : ""}</dd>
        <dt className="font-bold">チャネル</dt><dd>{client.channels.map((c) => CHANNELS[c] ?? c).join("・")}</dd>
        <dt className="font-bold">scope</dt><dd className="font-mono">{client.scope}</dd>
        <dt className="font-bold">セキュリティプロファイル</dt><dd><ProfileBadge profile={client.securityProfile} sunsetAt={client.securityProfileSunsetAt} /></dd>
      </dl>
      <ClientCredentials client={client} />
      {client.institutions.map((row, i) => <ClientInstitutionPanel key={row.institutionId} client={client} row={row} limits={limits[i]} />)}
      {events ? <ClientEvents clientId={client.clientId} events={events} /> : null}
    </ConsoleShell>
  );
}
