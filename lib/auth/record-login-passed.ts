// A login that passed every step it was asked for — its factors and, when the risk check asked for it,
// 追加認証 — makes its device and network known to the risk check (lib/auth/assess-risk.ts). Recorded at
// the end of the ceremony, never at its first step: a password alone followed by an abandoned 追加認証
// must not teach the risk check that the browser is the customer's, or a stolen password alone would
// skip the question on the next try. One LoginAttempt row (factor "login") and its audit entry, in one
// transaction.
import "server-only";
import { recordAttempt } from "./record-attempt";

export async function recordLoginPassed(input: { institutionId: string; userId: string; ip: string; deviceHash: string | null; factors: string[] }): Promise<void> {
  await recordAttempt({
    institutionId: input.institutionId, userId: input.userId, factor: "login", success: true, action: "login.passed",
    ip: input.ip, deviceHash: input.deviceHash, details: { factors: input.factors },
  });
}
