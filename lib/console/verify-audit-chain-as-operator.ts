// The console's ハッシュチェーンを検証する. The chain runs through every institution's entries, so the walk
// reads them all: only an operator of every institution may start it (docs/security-habits.md, "one tenant
// …"; an operator of one institution learns nothing of another's log from it). It reads the whole log, so
// it is also throttled — three runs a minute (a run again after a finding) across every operator and instance (a RateLimit row, shared
// through the database), the reservation kept whatever the result.
import "server-only";
import { reserveAttempt } from "@/lib/auth/reserve-attempt";
import { verifyAuditChain, type TChainReport } from "@/lib/audit/verify-chain";
import type { TOperatorScope } from "./operator-scope";

export const AUDIT_VERIFY_COUNTER = { key: "console:audit-verify", max: 3, minutes: 1, onSuccess: "release" } as const;

export type TVerifyOutcome = { kind: "report"; report: TChainReport } | { kind: "forbidden" } | { kind: "throttled" };

export async function verifyAuditChainAsOperator(scope: TOperatorScope): Promise<TVerifyOutcome> {
  if (!scope.all) return { kind: "forbidden" };
  const reservation = await reserveAttempt([AUDIT_VERIFY_COUNTER]);
  if (reservation.locked) return { kind: "throttled" };
  return { kind: "report", report: await verifyAuditChain() };
}
