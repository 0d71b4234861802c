// Searches grants (連携) within the operator's institutions: by institution, client_id, the customer's
// login ID and status; newest first, 50 a page (keyset on createdAt/id would need a cursor of two
// fields; offset pages are fine for a console that narrows by filters first).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { SCOPE_LABELS, type TScope } from "@/lib/oauth/authorization-request/authorization-params";
import { canActFor, institutionFilter, type TOperatorScope } from "./operator-scope";

export const ZGrantSearchSchema = z.object({
  institutionId: z.string().optional().default(""),
  clientId: z.string().trim().max(200).optional().default(""),
  loginId: z.string().trim().max(100).optional().default(""),
  status: z.enum(["", "active", "revoked", "replaced", "expired"]).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TGrantSearch = z.infer<typeof ZGrantSearchSchema>;
const PAGE = 50;

export async function searchGrants(scope: TOperatorScope, query: TGrantSearch) {
  // an institution outside the scope matches nothing rather than widening the search
  const institutionId = query.institutionId ? (canActFor(scope, query.institutionId) ? query.institutionId : "-") : institutionFilter(scope);
  const where = {
    ...(institutionId ? { institutionId } : {}),
    ...(query.clientId ? { client: { clientId: query.clientId } } : {}),
    ...(query.loginId ? { user: { loginId: query.loginId } } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.grant.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (query.page - 1) * PAGE, take: PAGE,
      select: {
        id: true, status: true, scopes: true, amr: true, createdAt: true, expiresAt: true, revokedAt: true, revokedBy: true, revokedReason: true, lastAccessAt: true,
        institution: { select: { name: true } },
        client: { select: { clientId: true, clientName: true, aggregator: { select: { name: true } } } },
        user: { select: { loginId: true, displayName: true } },
        _count: { select: { accounts: true } },
      },
    }),
    db.grant.count({ where }),
  ]);
  return {
    total, page: query.page, pages: Math.max(1, Math.ceil(total / PAGE)),
    rows: rows.map((g) => ({ ...g, operations: g.scopes.split(" ").filter(Boolean).map((s) => SCOPE_LABELS[s as TScope] ?? s) })),
  };
}
