// Folds the usage rows of answered calls (UsageEvent) into UsageDay / UsageLatency: every
// ROLL_UP_INTERVAL_MS in each serving process (started by its first recorded call), and at once before any
// report is read (the console, the CLI, the aggregator's usage endpoint) — so a report is exact at the moment
// it is read, and the day tables lag the calls by at most the interval. Each fold is one transaction that adds
// and deletes the same rows (lib/db/hot rollUpUsage): a row is never counted twice, whichever instance folds it.
import "server-only";
import { hotQueries } from "@/lib/db/hot/hot-queries";
import { errorFields, logger } from "@/lib/observability/logger";
import { processSingleton } from "@/lib/process/cross-bundle";
import { foldUsage } from "./fold-usage";

export const ROLL_UP_INTERVAL_MS = Number(process.env.RENKEI_USAGE_FOLD_MS || 5_000);
const BATCH = 5_000;

/** Folds every waiting usage row; returns how many. */
export async function rollUpUsage(): Promise<number> {
  const hot = await hotQueries();
  let total = 0;
  for (;;) {
    const folded = await hot.rollUpUsage(BATCH, foldUsage);
    total += folded;
    if (folded < BATCH) return total;
  }
}

type TTimer = { started: boolean };
const timer = processSingleton<TTimer>("usageRollUp", () => ({ started: false }));

export function startUsageRollUp(): void {
  if (timer.started) return;
  timer.started = true;
  let running = false;
  setInterval(() => {
    if (running) return;
    running = true;
    rollUpUsage()
      .catch((error) => logger().error(errorFields(error), "usage: fold failed (retried next time)"))
      .finally(() => (running = false));
  }, ROLL_UP_INTERVAL_MS).unref();
}
