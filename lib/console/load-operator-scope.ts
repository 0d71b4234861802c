// Reads an operator's scope from the database on every request (not from the session cookie), so that
// removing an operator or an assignment takes effect at once.
import "server-only";
import { db } from "@/lib/db";
import type { TOperatorScope } from "./operator-scope";

export async function loadOperatorScope(operatorId: string): Promise<TOperatorScope | null> {
  const operator = await db.operator.findUnique({
    where: { id: operatorId },
    select: { id: true, loginId: true, name: true, allInstitutions: true, institutions: { select: { institutionId: true } } },
  });
  if (!operator) return null;
  const institutionIds = operator.allInstitutions
    ? (await db.institution.findMany({ select: { id: true }, orderBy: { slug: "asc" } })).map((i) => i.id)
    : operator.institutions.map((i) => i.institutionId);
  return { operatorId: operator.id, loginId: operator.loginId, name: operator.name, all: operator.allInstitutions, institutionIds };
}
