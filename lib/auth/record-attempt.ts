// One LoginAttempt row per factor tried, and per login that passed (factor "login",
// lib/auth/record-login-passed.ts): the risk check reads the latter, and an audit entry says who tried
// what from where (never the secret). The lockout counts its own counters (lib/auth/reserve-attempt.ts).
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { metrics } from "@/lib/observability/metrics";
import type { TFactor } from "./check-factor";
import { ipPrefix } from "./network";

export async function recordAttempt(input: {
  institutionId: string;
  userId: string | null;
  factor: TFactor | "login";
  success: boolean;
  /** the audit action; by default login.{factor}.success or .failure */
  action?: string;
  ip: string;
  deviceHash: string | null;
  details?: Record<string, unknown>;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({
      data: {
        institutionId: input.institutionId, userId: input.userId, factor: input.factor, success: input.success,
        ip: input.ip, ipPrefix: ipPrefix(input.ip), deviceHash: input.deviceHash,
      },
    });
    await appendAuditEvent(tx, {
      institutionId: input.institutionId, actorType: "customer", actorId: input.userId,
      action: input.action ?? `login.${input.factor}.${input.success ? "success" : "failure"}`, targetType: "user", targetId: input.userId, ip: input.ip,
      details: input.details,
    });
  });
  metrics().loginAttempts.inc({ factor: input.factor, outcome: input.success ? "success" : "failure" });
}
