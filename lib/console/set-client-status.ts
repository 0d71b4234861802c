// Suspends or resumes a client at one institution. Suspended, the OAuth endpoints refuse it (no new
// flows: PAR, token, …) and the resource API refuses its tokens at once (lib/oauth/authenticate-client.ts,
// authenticate-resource-request.ts read ClientInstitution.status on every call); resumed, its unexpired
// tokens and new flows work again. Only for an institution in the operator's scope.
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { assertCanActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

export async function setClientStatus(
  scope: TOperatorScope,
  input: { clientId: string; institutionId: string; status: "active" | "suspended" },
  ip: string | null,
): Promise<void> {
  assertCanActFor(scope, input.institutionId);
  await db.$transaction(async (tx) => {
    const row = await tx.clientInstitution.findFirst({
      where: { client: { clientId: input.clientId }, institutionId: input.institutionId },
      select: { id: true, status: true },
    });
    if (!row) throw new ConsoleForbidden("このクライアントはこの金融機関で登録されていません。");
    if (row.status === input.status) return;
    await tx.clientInstitution.update({ where: { id: row.id }, data: { status: input.status } });
    await appendAuditEvent(tx, {
      institutionId: input.institutionId, actorType: "operator", actorId: scope.loginId,
      action: input.status === "suspended" ? "client.suspended" : "client.resumed",
      targetType: "client", targetId: input.clientId, ip, details: { from: row.status, to: input.status },
    });
  });
}
