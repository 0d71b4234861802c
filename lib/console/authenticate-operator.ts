// Checks an operator's login ID and password (scrypt, lib/auth/password.ts) and records the attempt in
// the audit log. An unknown ID and a wrong password take the same time and get the same answer, so the
// sign-in page does not tell which login IDs exist. After 5 failures in 15 minutes the ID is refused
// for the rest of that window (counted from the audit log, so every app instance sees the same count).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/auth/password";
import { dummyHash } from "@/lib/auth/dummy-hash";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";

export const ZOperatorLoginSchema = z.object({
  loginId: z.string().trim().min(1, "ログインIDを入力してください。").max(64),
  password: z.string().min(1, "パスワードを入力してください。").max(200),
});
export type TOperatorLogin = z.infer<typeof ZOperatorLoginSchema>;

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;

export async function authenticateOperator(input: unknown, ip: string | null): Promise<{ id: string; name: string } | null> {
  const parsed = ZOperatorLoginSchema.safeParse(input);
  if (!parsed.success) return null;
  const { loginId, password } = parsed.data;
  const operator = await db.operator.findUnique({ where: { loginId }, omit: { passwordHash: false } });
  const failures = await db.auditEvent.count({
    where: { action: "operator.login.failure", actorId: loginId, at: { gt: new Date(Date.now() - WINDOW_MS) } },
  });
  const ok = (await verifySecret(password, operator?.passwordHash ?? (await dummyHash()))) && !!operator && failures < MAX_FAILURES;
  await db.$transaction((tx) =>
    appendAuditEvent(tx, {
      actorType: "operator", actorId: loginId, action: ok ? "operator.login.success" : "operator.login.failure",
      targetType: "operator", targetId: operator?.id ?? null, ip, details: failures >= MAX_FAILURES ? { locked: true } : {},
    }),
  );
  return ok && operator ? { id: operator.id, name: operator.name } : null;
}
