// The baseline clients an operator looks after (docs/design.md §3): those enabled at one of their
// institutions, soonest sunset first, each with where it is enabled (the operator's institutions only),
// whether this operator may change it (a client row is shared by its institutions: only an operator of
// all of them may — docs/security-habits.md, "one tenant writing another's data"), what keys it already has for a
// switch to fapi2, and its last use: the latest API call or new link of any of its grants.
import "server-only";
import { db } from "@/lib/db";
import { canActFor, institutionFilter, mayChangeClient, type TOperatorScope } from "./operator-scope";

export type TBaselineClientRow = {
  clientId: string; clientName: string; aggregator: string; authMethod: string; sunsetAt: Date | null; lastUseAt: Date | null;
  institutions: { institutionId: string; name: string; status: string }[];
  mayChange: boolean;
  keys: { jwks: boolean; jwksUri: string | null; tlsSubjectDn: string | null };
};

export async function listBaselineClients(scope: TOperatorScope): Promise<TBaselineClientRow[]> {
  const inScope = institutionFilter(scope);
  const clients = await db.client.findMany({
    where: { securityProfile: "baseline", ...(inScope ? { institutions: { some: { institutionId: inScope } } } : {}) },
    orderBy: [{ securityProfileSunsetAt: "asc" }, { clientName: "asc" }],
    select: {
      id: true, clientId: true, clientName: true, tokenEndpointAuthMethod: true, securityProfileSunsetAt: true, jwks: true, jwksUri: true, tlsClientAuthSubjectDn: true,
      aggregator: { select: { name: true } },
      institutions: { orderBy: { institution: { slug: "asc" } }, select: { institutionId: true, status: true, institution: { select: { name: true } } } },
    },
  });
  const uses = clients.length
    ? await db.grant.groupBy({ by: ["clientId"], where: { clientId: { in: clients.map((c) => c.id) } }, _max: { lastAccessAt: true, createdAt: true } })
    : [];
  const lastUse = new Map(uses.map((u) => [u.clientId, [u._max.lastAccessAt, u._max.createdAt].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null]));
  return clients.map((c) => ({
    clientId: c.clientId, clientName: c.clientName, aggregator: c.aggregator.name, authMethod: c.tokenEndpointAuthMethod,
    sunsetAt: c.securityProfileSunsetAt, lastUseAt: lastUse.get(c.id) ?? null,
    institutions: c.institutions.filter((i) => canActFor(scope, i.institutionId)).map((i) => ({ institutionId: i.institutionId, name: i.institution.name, status: i.status })),
    mayChange: mayChangeClient(scope, c.institutions),
    keys: { jwks: Boolean(c.jwks), jwksUri: c.jwksUri, tlsSubjectDn: c.tlsClientAuthSubjectDn },
  }));
}
