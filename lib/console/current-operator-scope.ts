// The scope of the operator signed in to the console on this request, or null: no session, or an
// operator removed since (the scope is read from the database, lib/console/load-operator-scope.ts).
import "server-only";
import { auth } from "./operator-auth";
import { loadOperatorScope } from "./load-operator-scope";
import type { TOperatorScope } from "./operator-scope";

export async function currentOperatorScope(): Promise<TOperatorScope | null> {
  const session = await auth();
  const operatorId = (session as { operatorId?: string | null } | null)?.operatorId;
  return operatorId ? loadOperatorScope(operatorId) : null;
}
