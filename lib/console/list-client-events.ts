// A client's lifecycle events as the console shows them (/console/clients/{client_id}): where they go,
// whether this operator may change that (a client's event_delivery_uri serves every institution it is
// enabled at, so only an operator of all of them may), and its latest deliveries at the operator's
// institutions — sent or not, last HTTP status, attempts, last error (plain text, lib/events/deliver-security-event.ts).
import "server-only";
import { db } from "@/lib/db";
import { canActFor, institutionFilter, mayChangeClient, type TOperatorScope } from "./operator-scope";

export type TClientEventRow = {
  id: string; institution: string; type: string; grantId: string | null; status: string; attempts: number;
  lastStatus: number | null; lastError: string | null; createdAt: Date; sentAt: Date | null; nextAttemptAt: Date;
};

export type TClientEvents = { eventDeliveryUri: string | null; canEditUri: boolean; deliveries: TClientEventRow[] };

export async function listClientEvents(scope: TOperatorScope, clientId: string): Promise<TClientEvents | null> {
  const inScope = institutionFilter(scope);
  const client = await db.client.findUnique({
    where: { clientId },
    select: {
      id: true, eventDeliveryUri: true, institutions: { select: { institutionId: true } },
      securityEvents: {
        where: inScope ? { institutionId: inScope } : {},
        orderBy: { createdAt: "desc" },
        take: 50,
        select: {
          id: true, type: true, grantId: true, status: true, attempts: true, lastStatus: true, lastError: true,
          createdAt: true, sentAt: true, nextAttemptAt: true, institution: { select: { name: true } },
        },
      },
    },
  });
  if (!client || !client.institutions.some((i) => canActFor(scope, i.institutionId))) return null;
  return {
    eventDeliveryUri: client.eventDeliveryUri,
    canEditUri: mayChangeClient(scope, client.institutions),
    deliveries: client.securityEvents.map(({ institution, ...e }) => ({ ...e, institution: institution.name })),
  };
}
