// Lockout (issue 4): after settings.lockout.maxFailures wrong answers of one factor for one user within
// settings.lockout.minutes — counted since that factor's last success — the factor is locked for the
// rest of the window. A client IP with many failures across users is locked too (password spraying).
import "server-only";
import { db } from "@/lib/db";
import type { TInstitutionSettings } from "@/lib/institutions/settings";

export type TFactor = "password" | "otp" | "answer" | "pin" | "certificate";
const IP_MAX_FAILURES = 30;

export async function isLocked(settings: TInstitutionSettings, input: { userId: string | null; factor: TFactor; ip: string }): Promise<boolean> {
  const since = new Date(Date.now() - settings.lockout.minutes * 60_000);
  const ipFailures = await db.loginAttempt.count({ where: { ip: input.ip, success: false, createdAt: { gte: since } } });
  if (ipFailures >= IP_MAX_FAILURES) return true;
  if (!input.userId) return false;
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { userId: input.userId, factor: input.factor, success: true, createdAt: { gte: since } },
    orderBy: { id: "desc" },
    select: { createdAt: true },
  });
  const failures = await db.loginAttempt.count({
    where: { userId: input.userId, factor: input.factor, success: false, createdAt: { gte: lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since } },
  });
  return failures >= settings.lockout.maxFailures;
}

export const LOCKED_MESSAGE = "ログインに連続して失敗したため、一時的にご利用を停止しています。しばらくしてから再度お試しください。";
