// Revokes an initial access token: registration with it fails from now on. Clients already registered
// with it stay registered (suspend them separately).
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { canActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

export async function revokeInitialAccessToken(scope: TOperatorScope, id: string, ip: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.initialAccessToken.findUnique({ where: { id }, select: { institutionId: true, revokedAt: true } });
    // another institution's token answers like a missing one
    if (!row || !canActFor(scope, row.institutionId)) throw new ConsoleForbidden("トークンが見つかりません。");
    if (row.revokedAt) return;
    await tx.initialAccessToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await appendAuditEvent(tx, {
      institutionId: row.institutionId, actorType: "operator", actorId: scope.loginId, action: "initial-access-token.revoked",
      targetType: "initial-access-token", targetId: id, ip,
    });
  });
}
