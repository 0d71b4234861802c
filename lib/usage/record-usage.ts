// Every answered machine call leaves one usage row (UsageEvent), written before its answer is sent — a plain
// INSERT with no contended row, so concurrent calls do not queue on one counter — and folded into the day's
// counts within ROLL_UP_INTERVAL_MS (lib/usage/roll-up.ts). A SIGKILL therefore loses no answered call; a call
// killed between its row and its answer is counted although its client saw no answer (at most the calls in
// flight at that moment). A row that cannot be written (the database unreachable) is logged, and the call's
// answer is not turned into an error for it.
import "server-only";
import { hotQueries, type TUsageEvent } from "@/lib/db/hot/hot-queries";
import { startUsageRollUp } from "./roll-up";

export async function recordUsage(event: TUsageEvent): Promise<void> {
  try {
    await (await hotQueries()).commit([], [{ kind: "usageEvent", event }]);
    startUsageRollUp();
  } catch (error) {
    console.error("usage: could not record a call:", error instanceof Error ? error.message : error);
  }
}
