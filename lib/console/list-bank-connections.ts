// Per institution of the operator's scope: how it reaches its bank's systems (embedded or http), the circuit's
// state, the recent latency and the last failure, as this Renkei process sees them (lib/bank/transport/).
import "server-only";
import { bankConnectionStateOf } from "@/lib/bank/transport/bank-connection-state-of";
import type { TBankConnectionState } from "@/lib/bank/transport/bank-connection-stats";
import { db } from "@/lib/db";
import { parseSettings } from "@/lib/institutions/settings";
import type { TOperatorScope } from "./operator-scope";

export type TBankConnectionRow = { id: string; slug: string; name: string; baseUrl: string | null; timeoutMs: number } & TBankConnectionState;

export async function listBankConnections(scope: TOperatorScope): Promise<TBankConnectionRow[]> {
  const rows = await db.institution.findMany({
    where: { id: { in: scope.institutionIds } }, orderBy: { slug: "asc" }, select: { id: true, slug: true, name: true, settings: true },
  });
  return rows.map((row) => {
    const settings = parseSettings(row.settings);
    const state = bankConnectionStateOf({ id: row.id, slug: row.slug, settings });
    return { id: row.id, slug: row.slug, name: row.name, baseUrl: settings.core.baseUrl ?? null, timeoutMs: settings.core.timeoutMs, ...state };
  });
}
