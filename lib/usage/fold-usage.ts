// How usage events become the CSV's numbers (lib/db/hot rollUpUsage runs this inside its transaction): each
// event adds one call to its institution × client × operation × JST day, to the column its status belongs to,
// and one to its latency bucket. Pure.
//   ok            2xx
//   client_errors 4xx other than 429
//   server_errors 5xx
//   rate_limited  429
import type { TUsageDayDelta, TUsageEventRow, TUsageLatencyDelta } from "@/lib/db/hot/hot-queries";

/** Upper bounds (ms) of the latency histogram's buckets; the last one holds everything slower. */
export const LATENCY_BUCKETS_MS = [1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 2000, 5000, 10_000, 30_000, 60_000] as const;

/** The bucket a latency falls in: the smallest upper bound not below it. */
export function latencyBucket(ms: number): number {
  return LATENCY_BUCKETS_MS.find((bound) => ms <= bound) ?? LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1];
}

const keyOf = (e: { institutionId: string; clientId: string; operation: string; day: string }) => `${e.institutionId}\u0000${e.clientId}\u0000${e.operation}\u0000${e.day}`;
const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function foldUsage(events: TUsageEventRow[]): { days: TUsageDayDelta[]; latencies: TUsageLatencyDelta[] } {
  const days = new Map<string, TUsageDayDelta>();
  const latencies = new Map<string, TUsageLatencyDelta>();
  for (const e of events) {
    const key = keyOf(e);
    let day = days.get(key);
    if (!day) days.set(key, (day = { institutionId: e.institutionId, clientId: e.clientId, operation: e.operation, day: e.day, calls: 0, ok: 0, clientErrors: 0, serverErrors: 0, rateLimited: 0, customerPresent: 0 }));
    day.calls += 1;
    if (e.status >= 200 && e.status < 300) day.ok += 1;
    else if (e.status === 429) day.rateLimited += 1;
    else if (e.status >= 400 && e.status < 500) day.clientErrors += 1;
    else if (e.status >= 500) day.serverErrors += 1;
    if (e.present) day.customerPresent += 1;
    const bucket = latencyBucket(e.ms);
    const lkey = `${key}\u0000${String(bucket).padStart(6, "0")}`;
    const latency = latencies.get(lkey);
    if (latency) latency.count += 1;
    else latencies.set(lkey, { institutionId: e.institutionId, clientId: e.clientId, operation: e.operation, day: e.day, bucket, count: 1 });
  }
  // in key order: two instances folding at once take the rows' locks in the same order (no deadlock)
  return {
    days: [...days].map(([key, value]) => ({ key, value })).sort(byKey).map((x) => x.value),
    latencies: [...latencies].map(([key, value]) => ({ key, value })).sort(byKey).map((x) => x.value),
  };
}

/** The 95th percentile from a histogram: the upper bound of the bucket holding the 95th-percentile call (0 when empty). */
export function p95FromBuckets(buckets: { bucket: number; count: number }[]): number {
  const sorted = [...buckets].sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return 0;
  const rank = Math.ceil(total * 0.95);
  let seen = 0;
  for (const b of sorted) {
    seen += b.count;
    if (seen >= rank) return b.bucket;
  }
  return sorted[sorted.length - 1].bucket;
}
