// The usage of one month (JST days), one row per institution × client × operation × day: what /console/usage
// shows, the CSV (lib/usage/usage-csv.ts) and an aggregator's own usage endpoint. Waiting usage rows are folded
// first (lib/usage/roll-up.ts), so the numbers are exact when read.
import "server-only";
import { db } from "@/lib/db";
import { p95FromBuckets } from "./fold-usage";
import { rollUpUsage } from "./roll-up";

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export type TUsageRow = {
  institution: string; clientId: string; operation: string; day: string;
  calls: number; ok: number; clientErrors: number; serverErrors: number; rateLimited: number; customerPresent: number; p95Ms: number;
};

export type TUsageFilter = { institutionIds?: string[]; clientId?: string };

export async function monthUsage(month: string, filter: TUsageFilter = {}): Promise<TUsageRow[]> {
  if (!MONTH.test(month)) throw new Error(`month must be YYYY-MM: ${month}`);
  await rollUpUsage();
  const where = {
    day: { startsWith: `${month}-` },
    ...(filter.institutionIds ? { institutionId: { in: filter.institutionIds } } : {}),
    ...(filter.clientId ? { clientId: filter.clientId } : {}),
  };
  const [days, latencies, institutions] = await Promise.all([
    db.usageDay.findMany({ where }),
    db.usageLatency.findMany({ where, select: { institutionId: true, clientId: true, operation: true, day: true, bucket: true, count: true } }),
    db.institution.findMany({ select: { id: true, slug: true } }),
  ]);
  const slugs = new Map(institutions.map((i) => [i.id, i.slug]));
  const key = (r: { institutionId: string; clientId: string; operation: string; day: string }) => `${r.institutionId}\u0000${r.clientId}\u0000${r.operation}\u0000${r.day}`;
  const histograms = new Map<string, { bucket: number; count: number }[]>();
  for (const l of latencies) {
    const list = histograms.get(key(l)) ?? [];
    list.push({ bucket: l.bucket, count: l.count });
    histograms.set(key(l), list);
  }
  return days
    .map((d) => ({
      institution: slugs.get(d.institutionId) ?? d.institutionId, clientId: d.clientId, operation: d.operation, day: d.day,
      calls: d.calls, ok: d.ok, clientErrors: d.clientErrors, serverErrors: d.serverErrors, rateLimited: d.rateLimited, customerPresent: d.customerPresent,
      p95Ms: p95FromBuckets(histograms.get(key(d)) ?? []),
    }))
    .sort((a, b) => a.institution.localeCompare(b.institution) || a.clientId.localeCompare(b.clientId) || a.operation.localeCompare(b.operation) || a.day.localeCompare(b.day));
}
