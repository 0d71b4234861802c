// The lifecycle-event outbox as the metrics see it, read on each scrape (one aggregate over the status index):
// how many events wait for delivery (pending, or being sent) and how old the oldest is. An outbox that only grows
// older means the worker is stopped or the aggregators' receivers refuse: docs/operators.md has the alert.
import "server-only";
import { db } from "@/lib/db";
import { metrics, onScrape } from "@/lib/observability/metrics";

const WAITING = ["pending", "sending"];

async function readOutbox(): Promise<void> {
  const waiting = await db.securityEvent.aggregate({ where: { status: { in: WAITING } }, _count: { _all: true }, _min: { createdAt: true } });
  const oldest = waiting._min.createdAt;
  metrics().outboxDepth.set(waiting._count._all);
  metrics().outboxOldestAge.set(oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0);
}

/** The outbox gauges are read on scrape from now on (server.mjs, when the metrics listener starts). */
export function watchOutbox(): void {
  onScrape(readOutbox);
}
