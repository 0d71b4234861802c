// The clients an operator may pick in a filter (監査ログ): those enabled at one of their institutions
// (every client for an operator of every institution), by company then service.
import "server-only";
import { db } from "@/lib/db";
import { institutionFilter, type TOperatorScope } from "./operator-scope";

export async function listClientChoices(scope: TOperatorScope): Promise<{ clientId: string; label: string }[]> {
  const inScope = institutionFilter(scope);
  const clients = await db.client.findMany({
    where: inScope ? { institutions: { some: { institutionId: inScope } } } : {},
    orderBy: [{ aggregator: { name: "asc" } }, { clientName: "asc" }],
    select: { clientId: true, clientName: true, sandbox: true, aggregator: { select: { name: true } } },
  });
  return clients.map((c) => ({ clientId: c.clientId, label: `${c.aggregator.name}（${c.clientName}${c.sandbox ? "・サンドボックス" : ""}）` }));
}
