// /console/usage: the month's usage of the operator's institutions, one block per institution × client — its
// totals, its calls per day (the chart) and per operation — from lib/usage/month-usage.ts.
import "server-only";
import { db } from "@/lib/db";
import { monthUsage, type TUsageRow } from "@/lib/usage/month-usage";
import type { TOperatorScope } from "./operator-scope";

type TCounts = { calls: number; ok: number; clientErrors: number; serverErrors: number; rateLimited: number; customerPresent: number };
export type TClientMonth = TCounts & {
  institution: string; institutionName: string; clientId: string; clientName: string;
  /** one entry per day of the month: calls, of which ok, and refused (4xx, 5xx, 429) */
  days: { day: string; calls: number; ok: number }[];
  operations: (TCounts & { operation: string; p95Ms: number })[];
};

const zero = (): TCounts => ({ calls: 0, ok: 0, clientErrors: 0, serverErrors: 0, rateLimited: 0, customerPresent: 0 });
const add = (into: TCounts, row: TUsageRow) => {
  into.calls += row.calls; into.ok += row.ok; into.clientErrors += row.clientErrors; into.serverErrors += row.serverErrors;
  into.rateLimited += row.rateLimited; into.customerPresent += row.customerPresent;
};

/** Every day of a YYYY-MM month, as YYYY-MM-DD. */
export function daysOfMonth(month: string): string[] {
  const [year, m] = month.split("-").map(Number);
  const count = new Date(Date.UTC(year!, m!, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
}

export async function monthUsageView(scope: TOperatorScope, month: string): Promise<TClientMonth[]> {
  const rows = await monthUsage(month, { institutionIds: scope.all ? undefined : scope.institutionIds });
  const [clients, institutions] = await Promise.all([
    db.client.findMany({ where: { clientId: { in: [...new Set(rows.map((r) => r.clientId))] } }, select: { clientId: true, clientName: true } }),
    db.institution.findMany({ select: { slug: true, name: true } }),
  ]);
  const clientNames = new Map(clients.map((c) => [c.clientId, c.clientName]));
  const institutionNames = new Map(institutions.map((i) => [i.slug, i.name]));
  const blocks = new Map<string, TClientMonth>();
  for (const row of rows) {
    const key = `${row.institution}\u0000${row.clientId}`;
    let block = blocks.get(key);
    if (!block) {
      block = {
        ...zero(), institution: row.institution, institutionName: institutionNames.get(row.institution) ?? row.institution, clientId: row.clientId,
        clientName: clientNames.get(row.clientId) ?? (row.clientId === "-" ? "（クライアントを特定できない呼び出し）" : row.clientId),
        days: daysOfMonth(month).map((day) => ({ day, calls: 0, ok: 0 })), operations: [],
      };
      blocks.set(key, block);
    }
    add(block, row);
    const day = block.days.find((d) => d.day === row.day);
    if (day) {
      day.calls += row.calls;
      day.ok += row.ok;
    }
    let op = block.operations.find((o) => o.operation === row.operation);
    if (!op) block.operations.push((op = { ...zero(), operation: row.operation, p95Ms: 0 }));
    add(op, row);
    op.p95Ms = Math.max(op.p95Ms, row.p95Ms);
  }
  return [...blocks.values()].sort((a, b) => b.calls - a.calls);
}
