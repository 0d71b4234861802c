// The signed-in operator's scope for a console page or action; without a session, to the sign-in page.
import "server-only";
import { redirect } from "next/navigation";
import { currentOperatorScope } from "./current-operator-scope";
import type { TOperatorScope } from "./operator-scope";

export async function requireOperator(): Promise<TOperatorScope> {
  const scope = await currentOperatorScope();
  if (!scope) redirect("/console/login");
  return scope;
}
