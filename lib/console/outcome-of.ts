// What the console tells an operator after a change (the ?done= notice): the change's own outcome,
// or "forbidden" when it touched an institution outside the operator's scope (ConsoleForbidden).
import "server-only";
import { ConsoleForbidden } from "./operator-scope";

export async function outcomeOf(change: () => Promise<string>): Promise<string> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof ConsoleForbidden) return "forbidden";
    throw error;
  }
}
