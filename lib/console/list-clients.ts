// The clients an operator may see: those enabled at one of their institutions (all of them for an
// operator of every institution, including ones not yet enabled anywhere), each with its aggregator and
// its per-institution status and 連携開始日 — only the rows of the operator's institutions.
import "server-only";
import { db } from "@/lib/db";
import { institutionFilter, type TOperatorScope } from "./operator-scope";

export type TConsoleClientRow = {
  clientId: string; clientName: string; aggregator: string; registrationNumber: string; authMethod: string; sandbox: boolean;
  institutions: { institutionId: string; slug: string; name: string; status: string; personalSince: string | null; corporateSince: string | null }[];
};

export async function listClients(scope: TOperatorScope, filter: { clientId?: string } = {}): Promise<TConsoleClientRow[]> {
  const inScope = institutionFilter(scope);
  const clients = await db.client.findMany({
    where: { ...(filter.clientId ? { clientId: filter.clientId } : {}), ...(inScope ? { institutions: { some: { institutionId: inScope } } } : {}) },
    orderBy: [{ aggregator: { name: "asc" } }, { clientName: "asc" }],
    select: {
      clientId: true, clientName: true, tokenEndpointAuthMethod: true, sandbox: true,
      aggregator: { select: { name: true, registrationNumber: true } },
      institutions: {
        where: inScope ? { institutionId: inScope } : {},
        orderBy: { institution: { slug: "asc" } },
        select: { institutionId: true, status: true, personalSince: true, corporateSince: true, institution: { select: { slug: true, name: true } } },
      },
    },
  });
  return clients.map((c) => ({
    clientId: c.clientId, clientName: c.clientName, aggregator: c.aggregator.name, registrationNumber: c.aggregator.registrationNumber,
    authMethod: c.tokenEndpointAuthMethod, sandbox: c.sandbox,
    institutions: c.institutions.map((i) => ({ institutionId: i.institutionId, slug: i.institution.slug, name: i.institution.name, status: i.status, personalSince: i.personalSince, corporateSince: i.corporateSince })),
  }));
}
