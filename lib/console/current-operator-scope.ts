// The scope of the operator signed in to the console on this request, or null: no session cookie, a
// server-side session that was ended (sign-out, idle, password change: lib/console/operator-session.ts), or
// an operator removed since (the scope is read from the database, lib/console/load-operator-scope.ts).
import "server-only";
import { auth } from "./operator-auth";
import { loadOperatorScope } from "./load-operator-scope";
import { touchOperatorSession } from "./operator-session";
import type { TOperatorScope } from "./operator-scope";

export async function currentOperatorScope(): Promise<TOperatorScope | null> {
  const session = await auth();
  const { operatorId, sid } = (session ?? {}) as { operatorId?: string | null; sid?: string | null };
  if (!operatorId || !sid || !(await touchOperatorSession(sid, operatorId))) return null;
  return loadOperatorScope(operatorId);
}
