// The console's client list: the clients an operator may see — those enabled at one of their institutions
// (all of them for an operator of every institution, including ones not enabled anywhere yet) — searched
// by name, client_id or 登録番号, filtered by institution, status, sandbox and listing on 連携先一覧, sorted,
// 50 a page. Each row carries only the per-institution rows of the operator's institutions.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { canActFor, institutionFilter, type TOperatorScope } from "./operator-scope";

export const ZClientSearchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  institutionId: z.string().max(60).catch(""),
  status: z.enum(["", "pending", "active", "suspended"]).catch(""),
  sandbox: z.enum(["", "yes", "no"]).catch(""),
  published: z.enum(["", "yes", "no"]).catch(""),
  sort: z.enum(["newest", "oldest", "aggregator", "service"]).catch("newest"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TClientSearch = z.infer<typeof ZClientSearchSchema>;
const PAGE = 50;

const ORDER = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  aggregator: [{ aggregator: { name: "asc" } }, { clientName: "asc" }],
  service: [{ clientName: "asc" }, { id: "asc" }],
} as const;

export type TConsoleClientRow = {
  clientId: string; clientName: string; aggregator: string; registrationNumber: string; authMethod: string; sandbox: boolean; createdAt: Date;
  /** lib/oauth/clients/profile-policy.ts */
  securityProfile: string; securityProfileSunsetAt: Date | null;
  institutions: { institutionId: string; slug: string; name: string; status: string; personalSince: string | null; corporateSince: string | null; publishedAt: Date | null }[];
};

export async function searchClients(scope: TOperatorScope, query: TClientSearch) {
  // an institution outside the scope matches nothing rather than widening the search
  const institutionId = query.institutionId ? (canActFor(scope, query.institutionId) ? query.institutionId : "-") : institutionFilter(scope);
  const rowFilter = {
    ...(institutionId ? { institutionId } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.published ? { publishedAt: query.published === "yes" ? { not: null } : null } : {}),
  };
  const narrowed = Boolean(institutionId || query.status || query.published);
  const where = {
    ...(narrowed ? { institutions: { some: rowFilter } } : {}),
    ...(query.sandbox ? { sandbox: query.sandbox === "yes" } : {}),
    ...(query.q
      ? { OR: [{ clientId: { contains: query.q } }, { clientName: { contains: query.q } }, { aggregator: { name: { contains: query.q } } }, { aggregator: { registrationNumber: { contains: query.q } } }] }
      : {}),
  };
  const inScope = institutionFilter(scope);
  const [clients, total] = await Promise.all([
    db.client.findMany({
      where, orderBy: [...ORDER[query.sort]], skip: (query.page - 1) * PAGE, take: PAGE,
      select: {
        clientId: true, clientName: true, tokenEndpointAuthMethod: true, sandbox: true, createdAt: true, securityProfile: true, securityProfileSunsetAt: true,
        aggregator: { select: { name: true, registrationNumber: true } },
        institutions: {
          where: inScope ? { institutionId: inScope } : {},
          orderBy: { institution: { slug: "asc" } },
          select: { institutionId: true, status: true, personalSince: true, corporateSince: true, publishedAt: true, institution: { select: { slug: true, name: true } } },
        },
      },
    }),
    db.client.count({ where }),
  ]);
  const rows: TConsoleClientRow[] = clients.map((c) => ({
    clientId: c.clientId, clientName: c.clientName, aggregator: c.aggregator.name, registrationNumber: c.aggregator.registrationNumber,
    authMethod: c.tokenEndpointAuthMethod, sandbox: c.sandbox, createdAt: c.createdAt, securityProfile: c.securityProfile, securityProfileSunsetAt: c.securityProfileSunsetAt,
    institutions: c.institutions.map((i) => ({ institutionId: i.institutionId, slug: i.institution.slug, name: i.institution.name, status: i.status, personalSince: i.personalSince, corporateSince: i.corporateSince, publishedAt: i.publishedAt })),
  }));
  return { rows, total, page: query.page, pages: Math.max(1, Math.ceil(total / PAGE)) };
}
