// The audit log for the console: the operator's institutions' entries (entries without an institution —
// operator sign-ins, system events — only for operators of every institution), filtered by institution,
// action (prefix: "grant." matches grant.revoked, …) and date range in Japan time; newest first,
// keyset-paged by id (stable while new rows arrive).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { canActFor, institutionFilter, type TOperatorScope } from "./operator-scope";

const day = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).catch("");
export const ZAuditQuerySchema = z.object({
  institutionId: z.string().optional().default(""),
  action: z.string().trim().max(100).optional().default(""),
  from: day.optional().default(""),
  to: day.optional().default(""),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type TAuditQuery = z.infer<typeof ZAuditQuerySchema>;
const PAGE = 50;

/** 'YYYY-MM-DD' in Japan (UTC+9) → the instant that day starts */
const jstStart = (d: string) => new Date(`${d}T00:00:00+09:00`);

export async function listAuditEvents(scope: TOperatorScope, query: TAuditQuery) {
  const institutionId = query.institutionId ? (canActFor(scope, query.institutionId) ? query.institutionId : "-") : institutionFilter(scope);
  const at = {
    ...(query.from ? { gte: jstStart(query.from) } : {}),
    ...(query.to ? { lt: new Date(jstStart(query.to).getTime() + 86_400_000) } : {}),
  };
  const rows = await db.auditEvent.findMany({
    where: {
      ...(institutionId ? { institutionId } : {}),
      ...(query.action ? { action: { startsWith: query.action } } : {}),
      ...(query.from || query.to ? { at } : {}),
      ...(query.before ? { id: { lt: query.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: PAGE + 1,
    select: { id: true, at: true, institutionId: true, actorType: true, actorId: true, action: true, targetType: true, targetId: true, ip: true, details: true },
  });
  return { rows: rows.slice(0, PAGE), nextBefore: rows.length > PAGE ? rows[PAGE - 1]!.id : null };
}
