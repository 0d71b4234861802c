// An operator asks for a lifecycle event to go out again now: a failed one (its 24 hours of retries
// are over) or a pending one waiting for its next attempt. It becomes due at once with a fresh 24-hour
// window; the worker of some instance delivers it. An event being sent, or already sent, is left as it is.
// Only an event of the operator's institutions; the request and its audit entry in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { RETRY_WINDOW_MS } from "@/lib/events/delivery-settings";
import { canActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

export async function retrySecurityEvent(scope: TOperatorScope, eventId: string, ip: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const event = await tx.securityEvent.findUnique({ where: { id: eventId }, select: { institutionId: true, type: true, client: { select: { clientId: true } } } });
    if (!event || !canActFor(scope, event.institutionId)) throw new ConsoleForbidden("イベントが見つかりません。");
    const now = new Date();
    const due = await tx.securityEvent.updateMany({
      where: { id: eventId, status: { in: ["failed", "pending"] } },
      data: { status: "pending", nextAttemptAt: now, giveUpAt: new Date(now.getTime() + RETRY_WINDOW_MS) },
    });
    if (due.count !== 1) return;
    await appendAuditEvent(tx, {
      institutionId: event.institutionId, actorType: "operator", actorId: scope.loginId, action: "event.retried",
      targetType: "client", targetId: event.client.clientId, ip, details: { event: eventId, type: event.type },
    });
  });
}
