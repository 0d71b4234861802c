// An operator stops a link: revokeGrant (by "operator") revokes the grant and every token under it,
// with the operator's reason kept on the grant and in its audit entry, in one transaction. Only a grant
// of the operator's institutions; a reason is required (a bank records why it cut a customer's link).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { revokeGrant } from "@/lib/oauth/grants/revoke-grant";
import { canActFor, ConsoleForbidden, type TOperatorScope } from "./operator-scope";

export const ZRevokeReasonSchema = z.string().trim().min(1, "取消の理由を入力してください。").max(200, "取消の理由は200文字以内で入力してください。");

/** Thrown when the reason is missing or too long: nothing is revoked. */
export class RevokeReasonInvalid extends Error {}

export async function revokeGrantAsOperator(scope: TOperatorScope, grantId: string, reason: string, ip: string | null): Promise<void> {
  const parsed = ZRevokeReasonSchema.safeParse(reason);
  if (!parsed.success) throw new RevokeReasonInvalid(parsed.error.issues[0]?.message);
  await db.$transaction(async (tx) => {
    const grant = await tx.grant.findUnique({ where: { id: grantId }, select: { institutionId: true } });
    if (!grant || !canActFor(scope, grant.institutionId)) throw new ConsoleForbidden("連携が見つかりません。");
    await revokeGrant(tx, { grantId, by: "operator", actorId: scope.loginId, ip: ip ?? undefined, reason: parsed.data });
  });
}
