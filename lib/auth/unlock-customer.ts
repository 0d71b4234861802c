// Unlocks a customer whose factors reached the lockout (lib/auth/check-factor.ts: a factor's failures add up
// and lock it until unlocked, as banks do). The bank unlocks after confirming the customer by its own
// procedure (a branch, a call, a form) — here `npm run renkei -- customer unlock`: every factor counter of
// the user is removed (the next failure counts from one), with a customer.unlocked audit entry, in one
// transaction. The client IP's counters are untouched: they lapse by their window.
// The customer is named by institution, login ID and, where a login ID repeats across contracts (a 法人's
// 利用者ID), the contract number.
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";

export type TUnlockResult = { ok: true; userId: string; counters: number } | { ok: false; error: string };

export async function unlockCustomer(input: {
  institution: string;
  loginId: string;
  contractNumber?: string;
  actor: { type: "operator"; id: string };
  ip: string | null;
}): Promise<TUnlockResult> {
  const users = await db.user.findMany({
    where: { loginId: input.loginId, institution: { slug: input.institution }, ...(input.contractNumber ? { contract: { contractNumber: input.contractNumber } } : {}) },
    select: { id: true, institutionId: true, contract: { select: { contractNumber: true } } },
  });
  if (users.length === 0) return { ok: false, error: `no customer with login ID ${input.loginId} at ${input.institution}${input.contractNumber ? ` under contract ${input.contractNumber}` : ""}` };
  if (users.length > 1) return { ok: false, error: `several customers have login ID ${input.loginId} at ${input.institution}: name the contract with --contract (${users.map((u) => u.contract.contractNumber).join(", ")})` };
  const user = users[0]!;
  const counters = await db.$transaction(async (tx) => {
    const removed = await tx.rateLimit.deleteMany({ where: { key: { startsWith: `user:${user.id}:` } } });
    await appendAuditEvent(tx, {
      institutionId: user.institutionId, actorType: input.actor.type, actorId: input.actor.id, action: "customer.unlocked",
      targetType: "user", targetId: user.id, ip: input.ip, details: { counters: removed.count },
    });
    return removed.count;
  });
  return { ok: true, userId: user.id, counters };
}
