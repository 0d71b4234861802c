// The one rule every customer factor follows — the password (both login forms and after a certificate),
// the ワンタイムパスワード, the 追加認証 answer and each 照会用暗証番号:
//   1. an attempt is reserved on the factor's counter and on the client IP's before anything is verified
//      (lib/auth/reserve-attempt.ts, one atomic statement each); a full counter is refused unverified
//   2. the answer is verified
//   3. the attempt is recorded (LoginAttempt and audit, lib/auth/record-attempt.ts) and the reservation settled
//   4. the screen's words: the factor's own for a wrong answer — with LAST_TRY_WARNING beside the field when
//      one more wrong answer locks the factor — the lockout's once this failure filled a counter
// A factor's counter has no window: its failures add up until a success clears them, and once full it stays
// locked until the customer's bank unlocks it (lib/auth/unlock-customer.ts), as banks do — a window would
// give a guesser `maxFailures` tries every `minutes`, around the clock. The client IP's counter keeps the
// institution's window (settings `lockout.minutes`): an address is shared, and its lock is a brake on spraying.
// The factor's counter belongs to the user; when the login form names nobody, to the login ID as typed, so
// that an unknown ID is refused, counted and locked exactly like a known one (no enumeration by lockout).
// Each factor's failures are counted since its last success, except the PIN's: every account has its own,
// and a right PIN for one account proves nothing about another.
// A lockout the bank itself reports (lib/bank: a secret check answering "locked") is a failure shown as a lockout;
// a check the bank could not answer (unavailable: verify throws) was no attempt and counts nothing.
import "server-only";
import { hashToken } from "@/lib/crypto/hash-token";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import { ADDRESS_LOCKED_MESSAGE, CHECK_INPUT, LAST_TRY_WARNING, LOCKED_MESSAGE } from "@/lib/forms/messages";
import type { TSecretCheck } from "@/lib/bank/customer-auth";
import { recordAttempt } from "./record-attempt";
import { reserveAttempt, type TAttemptCounter } from "./reserve-attempt";
import { metrics } from "@/lib/observability/metrics";

export type TFactor = "password" | "otp" | "answer" | "pin" | "certificate" | "passkey";

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
  /** true or "ok": right; false or "wrong": wrong; "locked": the bank refuses it as locked */
  verify: () => Promise<boolean | TSecretCheck>;
  /**
   * a wrong answer: a message beside `field`, with `summary` above the form; without a field, `message` above
   * the form, and the last-try warning beside `warnField` (the login form's password: an unknown ID and a
   * wrong password are not told apart, and an unknown ID is counted and warned alike)
   */
  wrong: { field?: string; warnField?: string; message: string; summary?: string };
};

/** The counters of a factor's check: the client IP's first, then the factor's owner's (when there is one). */
function counters(input: TFactorInput): TAttemptCounter[] {
  const { settings } = input.institution;
  const list: TAttemptCounter[] = [{ key: `ip:${input.ip}`, max: IP_MAX_FAILURES, minutes: settings.lockout.minutes, onSuccess: "release" }];
  const owner = input.userId ? `user:${input.userId}` : input.subject !== undefined ? `login:${input.institution.id}:${hashToken(input.subject)}` : null;
  if (owner) list.push({ key: `${owner}:${input.factor}`, max: settings.lockout.maxFailures, minutes: null, onSuccess: input.factor === "pin" ? "release" : "clear" });
  return list;
}

const lockedMessage = (counter: TAttemptCounter) => (counter.minutes === null ? LOCKED_MESSAGE : ADDRESS_LOCKED_MESSAGE);

export async function checkFactor(input: TFactorInput): Promise<TFactorCheck> {
  const list = counters(input);
  const reservation = await reserveAttempt(list);
  if (reservation.locked) {
    metrics().loginAttempts.inc({ factor: input.factor, outcome: "refused_locked" });
    return { ok: false, locked: true, errors: {}, message: lockedMessage(reservation.counter) };
  }
  let success = false;
  let lockedByBank = false;
  let answered = false;
  try {
    const answer = await input.verify();
    answered = true;
    success = answer === true || answer === "ok";
    lockedByBank = answer === "locked";
    await recordAttempt({
      institutionId: input.institution.id, userId: input.userId, factor: input.factor, success,
      ip: input.ip, deviceHash: input.deviceHash, details: input.details,
    });
  } finally {
    await (answered ? reservation.settle(success) : reservation.abandon());
  }
  if (success) return { ok: true };
  if (lockedByBank) {
    metrics().lockouts.inc({ factor: input.factor, scope: "bank" });
    return { ok: false, locked: true, errors: {}, message: LOCKED_MESSAGE };
  }
  const full = list.find((counter, i) => reservation.counts[i]! >= counter.max);
  if (full) {
    // this failure filled the counter: the one attempt that locks it
    metrics().lockouts.inc({ factor: input.factor, scope: full.minutes === null ? "customer" : "address" });
    return { ok: false, locked: true, errors: {}, message: lockedMessage(full) };
  }
  // one more wrong answer locks the factor: say so beside the field, before that last try
  const lastTry = list.some((counter, i) => counter.minutes === null && counter.max > 1 && reservation.counts[i] === counter.max - 1);
  const { field, warnField, message, summary = CHECK_INPUT } = input.wrong;
  if (field) return { ok: false, locked: false, errors: { [field]: lastTry ? `${message}${LAST_TRY_WARNING}` : message }, message: summary };
  return { ok: false, locked: false, errors: lastTry && warnField ? { [warnField]: LAST_TRY_WARNING } : {}, message };
}
