// An operator stops a link: revokeGrant (by "operator") revokes the grant and every token under it,
// with its audit entry, in one transaction. Only a grant of the operator's institutions.
import "server-only";
import { db } from "@/lib/db";
import { revokeGrant } from "@/lib/oauth/revoke-grant";
import { canActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

export async function revokeGrantAsOperator(scope: TOperatorScope, grantId: string, ip: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const grant = await tx.grant.findUnique({ where: { id: grantId }, select: { institutionId: true } });
    if (!grant || !canActFor(scope, grant.institutionId)) throw new ConsoleForbidden("連携が見つかりません。");
    await revokeGrant(tx, { grantId, by: "operator", actorId: scope.loginId, ip: ip ?? undefined });
  });
}
