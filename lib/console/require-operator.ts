// The signed-in operator's scope for a console page or action; without a session, to the sign-in page.
import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./operator-auth";
import { loadOperatorScope } from "./load-operator-scope";
import type { TOperatorScope } from "./operator-scope";

export async function requireOperator(): Promise<TOperatorScope> {
  const session = await auth();
  const operatorId = (session as { operatorId?: string | null } | null)?.operatorId;
  const scope = operatorId ? await loadOperatorScope(operatorId) : null;
  if (!scope) redirect("/console/login");
  return scope;
}
