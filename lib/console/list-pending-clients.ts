// The clients waiting for an operator at the operator's institutions (ClientInstitution.status "pending":
// registered through an initial access token bound to no aggregator, lib/oauth/registration/registration-status.ts),
// oldest first: the console shows them above every other client, since they can run no flow until enabled.
import "server-only";
import { db } from "@/lib/db";
import { institutionFilter, type TOperatorScope } from "./operator-scope";

export async function listPendingClients(scope: TOperatorScope) {
  const inScope = institutionFilter(scope);
  const rows = await db.clientInstitution.findMany({
    where: { status: "pending", ...(inScope ? { institutionId: inScope } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      createdAt: true,
      institution: { select: { name: true } },
      client: { select: { clientId: true, clientName: true, aggregator: { select: { name: true, registrationNumber: true } } } },
    },
  });
  return rows.map((r) => ({
    clientId: r.client.clientId, clientName: r.client.clientName, aggregator: r.client.aggregator.name,
    registrationNumber: r.client.aggregator.registrationNumber, institution: r.institution.name, registeredAt: r.createdAt,
  }));
}
