// The audit log for the console: the operator's institutions' entries (entries without an institution —
// operator sign-ins, system events — only for operators of every institution), filtered by institution,
// customer (契約者ID or login ID: what they did, and what was done to them or their links), client
// (client_id: what it did, and what was done to it or its links), action (a key, or a prefix such as
// "grant." for the action's group) and date range in Japan time; newest first, keyset-paged by id (stable
// while new rows arrive).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { canActFor, institutionFilter, type TOperatorScope } from "./operator-scope";

const day = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).catch("");
export const ZAuditQuerySchema = z.object({
  institutionId: z.string().optional().default(""),
  customer: z.string().trim().max(100).optional().default(""),
  client: z.string().trim().max(200).optional().default(""),
  action: z.string().trim().max(100).optional().default(""),
  from: day.optional().default(""),
  to: day.optional().default(""),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type TAuditQuery = z.infer<typeof ZAuditQuerySchema>;
const PAGE = 50;
// a client's links named in the filter: the most recent ones (a console narrows by date first)
const GRANTS_PER_FILTER = 1000;

/** 'YYYY-MM-DD' in Japan (UTC+9) → the instant that day starts */
const jstStart = (d: string) => new Date(`${d}T00:00:00+09:00`);

type TInstitutionWhere = string | { in: string[] } | undefined;

async function customerFilter(customer: string, institutionId: TInstitutionWhere) {
  const users = await db.user.findMany({
    where: { ...(institutionId ? { institutionId } : {}), OR: [{ loginId: customer }, { contract: { contractNumber: customer } }] },
    select: { id: true },
  });
  const userIds = users.map((u) => u.id);
  const grants = await db.grant.findMany({ where: { userId: { in: userIds } }, select: { id: true } });
  return {
    OR: [
      { actorType: "customer", actorId: { in: userIds } },
      { targetType: "user", targetId: { in: userIds } },
      { targetType: "grant", targetId: { in: grants.map((g) => g.id) } },
    ],
  };
}

async function clientFilter(clientId: string) {
  const grants = await db.grant.findMany({ where: { client: { clientId } }, orderBy: { createdAt: "desc" }, take: GRANTS_PER_FILTER, select: { id: true } });
  return {
    OR: [
      { actorType: "aggregator", actorId: clientId },
      { targetType: "client", targetId: clientId },
      { targetType: "grant", targetId: { in: grants.map((g) => g.id) } },
      // consent.granted and consent.denied name the client in their details (lib/oauth/authorization-response/complete-authorization.ts)
      { details: { contains: JSON.stringify({ client: clientId }).slice(1, -1) } },
    ],
  };
}

export async function listAuditEvents(scope: TOperatorScope, query: TAuditQuery) {
  const institutionId = query.institutionId ? (canActFor(scope, query.institutionId) ? query.institutionId : "-") : institutionFilter(scope);
  const at = {
    ...(query.from ? { gte: jstStart(query.from) } : {}),
    ...(query.to ? { lt: new Date(jstStart(query.to).getTime() + 86_400_000) } : {}),
  };
  const and = [
    ...(query.customer ? [await customerFilter(query.customer, institutionId)] : []),
    ...(query.client ? [await clientFilter(query.client)] : []),
  ];
  const rows = await db.auditEvent.findMany({
    where: {
      ...(institutionId ? { institutionId } : {}),
      // a key ends in a word, a group in a dot: "grant.revoked" is exact, "login." every sign-in step
      ...(query.action ? { action: query.action.endsWith(".") ? { startsWith: query.action } : query.action } : {}),
      ...(query.from || query.to ? { at } : {}),
      ...(query.before ? { id: { lt: query.before } } : {}),
      ...(and.length ? { AND: and } : {}),
    },
    orderBy: { id: "desc" },
    take: PAGE + 1,
    select: { id: true, at: true, institutionId: true, actorType: true, actorId: true, action: true, targetType: true, targetId: true, ip: true, details: true },
  });
  return { rows: rows.slice(0, PAGE), nextBefore: rows.length > PAGE ? rows[PAGE - 1]!.id : null };
}
