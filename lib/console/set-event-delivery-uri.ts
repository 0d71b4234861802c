// Sets (or, empty, removes) a client's event_delivery_uri from the console, under the rules of
// registration (lib/oauth/registration/client-metadata.ts, lib/http/outbound-target-problem.ts). The URI is the
// client's, for every institution it is enabled at, so only an operator of all of them may change it
// (lib/console/assert-may-change-client.ts). The change and its audit entries in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { outboundTargetProblem } from "@/lib/http/outbound-target-problem";
import { outboundUrlProblem } from "@/lib/http/outbound-url-problem";
import { assertMayChangeClient } from "./assert-may-change-client";
import type { TOperatorScope } from "./operator-scope";

export const EVENT_URI_RULE = "https の URL（開発時のみ localhost の http）で、社内・プライベートアドレス以外を入力してください。";

export async function setEventDeliveryUri(scope: TOperatorScope, clientId: string, value: string, ip: string | null): Promise<{ ok: true } | { ok: false; error: string }> {
  const uri = value.trim();
  if (uri.length > 2000) return { ok: false, error: `イベント通知先URIが長すぎます。${EVENT_URI_RULE}` };
  const problem = uri ? outboundUrlProblem(uri) ?? (await outboundTargetProblem(uri)) : null;
  if (problem) return { ok: false, error: `イベント通知先URIが正しくありません（${problem}）。${EVENT_URI_RULE}` };
  await db.$transaction(async (tx) => {
    const client = await assertMayChangeClient(tx, scope, clientId);
    await tx.client.update({ where: { id: client.id }, data: { eventDeliveryUri: uri || null } });
    for (const { institutionId } of client.institutions) {
      await appendAuditEvent(tx, {
        institutionId, actorType: "operator", actorId: scope.loginId, action: "client.event_delivery_uri_set",
        targetType: "client", targetId: clientId, ip, details: { from: client.eventDeliveryUri, to: uri || null },
      });
    }
  });
  return { ok: true };
}
