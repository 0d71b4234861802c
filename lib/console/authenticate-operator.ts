// Checks an operator's login ID and password (scrypt, lib/crypto/password.ts) and records the attempt in
// the audit log. An unknown ID and a wrong password take the same time and get the same answer, so the
// sign-in page does not tell which login IDs exist. After 5 failures in 15 minutes the ID is refused
// for the rest of that window, known or not: the attempt is reserved on the ID's counter before the
// password is verified (lib/auth/reserve-attempt.ts, one atomic statement on every instance's database),
// so parallel sign-ins get 5 guesses, not one each. The client address has a counter too: 20 failures
// in 15 minutes across every login ID, so guessing over many IDs from one address is braked as well
// (a success gives its own attempt back). A refused sign-in is audited as a locked failure.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/crypto/password";
import { dummyHash } from "@/lib/crypto/dummy-hash";
import { reserveAttempt } from "@/lib/auth/reserve-attempt";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";

export const ZOperatorLoginSchema = z.object({
  loginId: z.string().trim().min(1, "ログインIDを入力してください。").max(64),
  password: z.string().min(1, "パスワードを入力してください。").max(200),
});

const LOCKOUT = { max: 5, minutes: 15, onSuccess: "clear" } as const;
export const OPERATOR_ADDRESS_MAX_FAILURES = 20;
const ADDRESS_LOCKOUT = { max: OPERATOR_ADDRESS_MAX_FAILURES, minutes: 15, onSuccess: "release" } as const;

export async function authenticateOperator(input: unknown, ip: string | null): Promise<{ id: string; name: string } | null> {
  const parsed = ZOperatorLoginSchema.safeParse(input);
  if (!parsed.success) return null;
  const { loginId, password } = parsed.data;
  const operator = await db.operator.findUnique({ where: { loginId }, omit: { passwordHash: false } });
  const reservation = await reserveAttempt([{ key: `operator-ip:${ip ?? "unknown"}`, ...ADDRESS_LOCKOUT }, { key: `operator:${loginId}`, ...LOCKOUT }]);
  let ok = false;
  try {
    ok = !reservation.locked && (await verifySecret(password, operator?.passwordHash ?? (await dummyHash()))) && !!operator;
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        actorType: "operator", actorId: loginId, action: ok ? "operator.login.success" : "operator.login.failure",
        targetType: "operator", targetId: operator?.id ?? null, ip, details: reservation.locked ? { locked: true } : {},
      }),
    );
  } finally {
    if (!reservation.locked) await reservation.settle(ok);
  }
  return ok && operator ? { id: operator.id, name: operator.name } : null;
}
