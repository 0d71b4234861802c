// Changes an operator's password (`npm run renkei -- operator password`): the way out of a demo password
// that a production start refuses (lib/demo/demo-credentials-refusal.ts). Checked by ZOperatorPasswordSchema,
// stored as a scrypt hash, audited (never the password) in the same transaction, which also ends the
// operator's console sessions (lib/console/operator-session.ts): whoever held the old password is signed out.
import "server-only";
import { db } from "@/lib/db";
import { hashSecret } from "@/lib/crypto/password";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { ZOperatorPasswordSchema } from "./operator-password";

export async function setOperatorPassword(loginId: string, password: string, actorId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const parsed = ZOperatorPasswordSchema.safeParse(password);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join("; ") };
  const passwordHash = await hashSecret(parsed.data);
  return db.$transaction(async (tx) => {
    const operator = await tx.operator.findUnique({ where: { loginId }, select: { id: true } });
    if (!operator) return { ok: false as const, message: `no operator ${loginId}` };
    await tx.operator.update({ where: { id: operator.id }, data: { passwordHash } });
    await tx.operatorSession.updateMany({ where: { operatorId: operator.id, endedAt: null }, data: { endedAt: new Date() } });
    await appendAuditEvent(tx, { actorType: "operator", actorId, action: "operator.password-changed", targetType: "operator", targetId: operator.id, details: { loginId } });
    return { ok: true as const };
  });
}
