// The one rule every customer factor follows — the password (both login forms and after a certificate),
// the ワンタイムパスワード, the 追加認証 answer and each 照会用暗証番号:
//   1. an attempt is reserved on the factor's counter and on the client IP's before anything is verified
//      (lib/auth/reserve-attempt.ts, one atomic statement each); a full counter is refused unverified
//   2. the answer is verified
//   3. the attempt is recorded (LoginAttempt and audit, lib/auth/record-attempt.ts) and the reservation settled
//   4. the screen's words: the factor's own for a wrong answer, the lockout's once this failure filled a counter
// The factor's counter belongs to the user; when the login form names nobody, to the login ID as typed, so
// that an unknown ID is refused, counted and locked exactly like a known one (no enumeration by lockout).
// Each factor's failures are counted since its last success, except the PIN's: every account has its own,
// and a right PIN for one account proves nothing about another.
import "server-only";
import { hashToken } from "@/lib/crypto/hash-token";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import { CHECK_INPUT, LOCKED_MESSAGE } from "@/lib/forms/messages";
import { recordAttempt } from "./record-attempt";
import { reserveAttempt, type TAttemptCounter } from "./reserve-attempt";

export type TFactor = "password" | "otp" | "answer" | "pin" | "certificate";

/** Failures from one client IP across every user and institution in the window (password spraying). */
const IP_MAX_FAILURES = 30;

export type TFactorCheck = { ok: true } | { ok: false; locked: boolean; errors: Record<string, string>; message: string };

export type TFactorInput = {
  institution: { id: string; settings: TInstitutionSettings };
  factor: Exclude<TFactor, "certificate">;
  userId: string | null;
  /** what the login form named, counted in place of a user it did not find */
  subject?: string;
  ip: string;
  deviceHash: string | null;
  details?: Record<string, unknown>;
  verify: () => Promise<boolean>;
  /** a wrong answer: a message beside `field`, with `summary` above the form; without a field, `message` above the form */
  wrong: { field?: string; message: string; summary?: string };
};

function counters(input: TFactorInput): TAttemptCounter[] {
  const { settings } = input.institution;
  const minutes = settings.lockout.minutes;
  const list: TAttemptCounter[] = [{ key: `ip:${input.ip}`, max: IP_MAX_FAILURES, minutes, onSuccess: "release" }];
  const owner = input.userId ? `user:${input.userId}` : input.subject !== undefined ? `login:${input.institution.id}:${hashToken(input.subject)}` : null;
  if (owner) list.push({ key: `${owner}:${input.factor}`, max: settings.lockout.maxFailures, minutes, onSuccess: input.factor === "pin" ? "release" : "clear" });
  return list;
}

export async function checkFactor(input: TFactorInput): Promise<TFactorCheck> {
  const reservation = await reserveAttempt(counters(input));
  if (reservation.locked) return { ok: false, locked: true, errors: {}, message: LOCKED_MESSAGE };
  let success = false;
  try {
    success = await input.verify();
    await recordAttempt({
      institutionId: input.institution.id, userId: input.userId, factor: input.factor, success,
      ip: input.ip, deviceHash: input.deviceHash, details: input.details,
    });
  } finally {
    await reservation.settle(success);
  }
  if (success) return { ok: true };
  if (reservation.last) return { ok: false, locked: true, errors: {}, message: LOCKED_MESSAGE };
  const { field, message, summary = CHECK_INPUT } = input.wrong;
  return field ? { ok: false, locked: false, errors: { [field]: message }, message: summary } : { ok: false, locked: false, errors: {}, message };
}
