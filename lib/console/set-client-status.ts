// Suspends or resumes a client at one institution. Suspending ends every active grant of the client
// at that institution (lib/oauth/grants/revoke-grant.ts, by "suspension": tokens revoked, one grant.revoked
// entry each, and a grant-revoked event to the client, all SETs of one suspension sharing one txn) and
// refuses the client at the OAuth endpoints (no new flows: PAR, token, …; lib/oauth/client-authentication/authenticate-client.ts
// reads ClientInstitution.status on every call). Resumed, new flows work again; the ended grants stay
// ended — the customers consent again. A pending registration (lib/oauth/registration/registration-status.ts) is enabled the same way. Only for an institution in the operator's scope; one transaction.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { revokeGrant } from "@/lib/oauth/grants/revoke-grant";
import { assertCanActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

export async function setClientStatus(
  scope: TOperatorScope,
  input: { clientId: string; institutionId: string; status: "active" | "suspended" },
  ip: string | null,
): Promise<"suspended" | "resumed" | "approved" | "unchanged"> {
  assertCanActFor(scope, input.institutionId);
  return db.$transaction(async (tx) => {
    const row = await tx.clientInstitution.findFirst({
      where: { client: { clientId: input.clientId }, institutionId: input.institutionId },
      select: { id: true, status: true, clientId: true },
    });
    if (!row) throw new ConsoleForbidden("このクライアントはこの金融機関で登録されていません。");
    if (row.status === input.status) return "unchanged" as const;
    const done = input.status === "suspended" ? "suspended" as const : row.status === "pending" ? "approved" as const : "resumed" as const;
    await tx.clientInstitution.update({ where: { id: row.id }, data: { status: input.status } });
    let ended = 0;
    if (input.status === "suspended") {
      const txn = randomUUID();
      const grants = await tx.grant.findMany({ where: { clientId: row.clientId, institutionId: input.institutionId, status: "active" }, select: { id: true } });
      for (const grant of grants) {
        if (await revokeGrant(tx, { grantId: grant.id, by: "suspension", actorId: scope.loginId, ip: ip ?? undefined, txn })) ended++;
      }
    }
    await appendAuditEvent(tx, {
      institutionId: input.institutionId, actorType: "operator", actorId: scope.loginId,
      action: `client.${done}`,
      targetType: "client", targetId: input.clientId, ip, details: { from: row.status, to: input.status, ...(input.status === "suspended" ? { grantsEnded: ended } : {}) },
    });
    return done;
  });
}
