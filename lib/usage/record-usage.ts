// Every answered machine call leaves one usage row (UsageEvent), written before its answer is sent — a plain
// INSERT with no contended row, so concurrent calls do not queue on one counter — and folded into the day's
// counts within ROLL_UP_INTERVAL_MS (lib/usage/roll-up.ts). A SIGKILL therefore loses no answered call; a call
// killed between its row and its answer is counted although its client saw no answer (at most the calls in
// flight at that moment).
//
// Group commit: the rows of calls answered together are written in one transaction. A call's row joins the
// batch that is waiting; the batch is written once the event loop has run what is ready (setImmediate), or, while
// a batch is being written, right after it — so a busy process makes one commit (one fsync) per batch instead
// of one per call, and a quiet one writes each row at once. Each call still waits for its own row's commit.
// A batch that cannot be written (the database unreachable) is logged, and its calls' answers are not turned
// into errors for it.
import "server-only";
import { hotQueries, type TUsageEvent } from "@/lib/db/hot/hot-queries";
import { errorFields, logger } from "@/lib/observability/logger";
import { processSingleton } from "@/lib/process/cross-bundle";
import { startUsageRollUp } from "./roll-up";

/** At most this many rows in one transaction; more wait for the next. */
const MAX_BATCH = 512;

type TWaiting = { event: TUsageEvent; written: () => void };
type TGroupCommit = { waiting: TWaiting[]; running: boolean };

const group = processSingleton<TGroupCommit>("usageGroupCommit", () => ({ waiting: [], running: false }));

/** The call's usage row, committed with the other rows waiting now; resolves once it is written (or failed and logged). */
export function recordUsage(event: TUsageEvent): Promise<void> {
  return new Promise((written) => {
    group.waiting.push({ event, written });
    if (group.running) return;
    group.running = true;
    setImmediate(writeBatches);
  });
}

async function writeBatches(): Promise<void> {
  while (group.waiting.length > 0) {
    const batch = group.waiting.splice(0, MAX_BATCH);
    try {
      await (await hotQueries()).commit([], batch.map(({ event }) => ({ kind: "usageEvent" as const, event })));
      startUsageRollUp();
    } catch (error) {
      logger().error({ rows: batch.length, ...errorFields(error) }, "usage: could not record calls");
    }
    for (const { written } of batch) written();
  }
  group.running = false;
}
