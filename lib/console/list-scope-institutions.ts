// The institutions of an operator's scope, for the console's pickers and filters.
import "server-only";
import { db } from "@/lib/db";
import type { TOperatorScope } from "./operator-scope";

export async function listScopeInstitutions(scope: TOperatorScope) {
  return db.institution.findMany({ where: { id: { in: scope.institutionIds } }, orderBy: { slug: "asc" }, select: { id: true, slug: true, name: true } });
}
