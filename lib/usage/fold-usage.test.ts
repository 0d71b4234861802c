import { describe, expect, it } from "vitest";
import { foldUsage, latencyBucket, p95FromBuckets } from "./fold-usage";

const event = (id: number, status: number, ms: number, extra: Partial<{ clientId: string; present: boolean; day: string; operation: string }> = {}) => ({
  id, institutionId: "i1", clientId: "c1", operation: "balances", day: "2026-12-06", status, present: false, ms, ...extra,
});

describe("folding usage events", () => {
  it("counts each call once, in the column its status belongs to", () => {
    const { days } = foldUsage([event(1, 200, 3), event(2, 201, 4), event(3, 400, 2), event(4, 401, 2), event(5, 429, 1), event(6, 503, 9), event(7, 500, 9), event(8, 200, 3, { present: true })]);
    expect(days).toEqual([{ institutionId: "i1", clientId: "c1", operation: "balances", day: "2026-12-06", calls: 8, ok: 3, clientErrors: 2, serverErrors: 2, rateLimited: 1, customerPresent: 1 }]);
  });

  it("keeps institution × client × operation × day apart, in key order", () => {
    const { days } = foldUsage([event(1, 200, 1, { clientId: "c2" }), event(2, 200, 1), event(3, 200, 1, { day: "2026-12-07" }), event(4, 200, 1, { operation: "token" })]);
    expect(days.map((d) => [d.clientId, d.operation, d.day, d.calls])).toEqual([
      ["c1", "balances", "2026-12-06", 1], ["c1", "balances", "2026-12-07", 1], ["c1", "token", "2026-12-06", 1], ["c2", "balances", "2026-12-06", 1],
    ]);
  });

  it("puts each latency in the histogram bucket whose upper bound is the smallest not below it", () => {
    expect(latencyBucket(0)).toBe(1);
    expect(latencyBucket(4)).toBe(5);
    expect(latencyBucket(5)).toBe(5);
    expect(latencyBucket(999_999)).toBe(60_000);
    const { latencies } = foldUsage([event(1, 200, 4), event(2, 200, 5), event(3, 200, 40)]);
    expect(latencies.map((l) => [l.bucket, l.count])).toEqual([[5, 2], [50, 1]]);
  });
});

describe("p95 from a histogram", () => {
  it("is the upper bound of the bucket holding the 95th-percentile call", () => {
    expect(p95FromBuckets([])).toBe(0);
    expect(p95FromBuckets([{ bucket: 5, count: 95 }, { bucket: 100, count: 5 }])).toBe(5);
    expect(p95FromBuckets([{ bucket: 100, count: 6 }, { bucket: 5, count: 94 }])).toBe(100);
    expect(p95FromBuckets([{ bucket: 10, count: 1 }])).toBe(10);
  });
});
