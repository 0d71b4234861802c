// Per institution of the operator's scope: clients active / suspended and active grants.
import "server-only";
import { db } from "@/lib/db";
import type { TOperatorScope } from "./operator-scope";

export async function countConsoleSummary(scope: TOperatorScope) {
  const institutions = await db.institution.findMany({ where: { id: { in: scope.institutionIds } }, orderBy: { slug: "asc" }, select: { id: true, name: true } });
  return Promise.all(institutions.map(async (i) => ({
    ...i,
    active: await db.clientInstitution.count({ where: { institutionId: i.id, status: "active" } }),
    suspended: await db.clientInstitution.count({ where: { institutionId: i.id, status: "suspended" } }),
    grants: await db.grant.count({ where: { institutionId: i.id, status: "active" } }),
  })));
}
