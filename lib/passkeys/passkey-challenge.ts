// The challenges Renkei gives the browser for a passkey ceremony, kept server-side: single use (consumed by
// one conditional UPDATE, so two racing posts of the same assertion cannot both pass), two minutes, and bound
// to what asked for it — one consent interaction, or one browser on 連携サービスの確認・停止 — and to the
// institution, purpose (register | login) and, for a registration, the customer.
import "server-only";
import { db } from "@/lib/db";

export const CHALLENGE_SECONDS = 120;
export type TChallengePurpose = "register" | "login";

export type TChallengeBinding = { purpose: TChallengePurpose; binding: string; institutionId: string; userId?: string | null; channel?: string | null };

export const interactionBinding = (interactionId: string) => `interaction:${interactionId}`;
export const linksBinding = (deviceHash: string) => `links:${deviceHash}`;

export async function storeChallenge(challenge: string, bound: TChallengeBinding, now = new Date()): Promise<void> {
  await db.passkeyChallenge.create({
    data: {
      challenge, purpose: bound.purpose, binding: bound.binding, institutionId: bound.institutionId,
      userId: bound.userId ?? null, channel: bound.channel ?? null, expiresAt: new Date(now.getTime() + CHALLENGE_SECONDS * 1000),
    },
  });
}

/** Spends the challenge if it is live and bound as asked; false when unknown, used, expired or bound elsewhere. */
export async function consumeChallenge(challenge: string, bound: TChallengeBinding, now = new Date()): Promise<boolean> {
  const { count } = await db.passkeyChallenge.updateMany({
    where: {
      challenge, purpose: bound.purpose, binding: bound.binding, institutionId: bound.institutionId, usedAt: null, expiresAt: { gt: now },
      ...(bound.userId !== undefined ? { userId: bound.userId } : {}),
    },
    data: { usedAt: now },
  });
  return count === 1;
}

/** Spent and expired challenges are of no further use (the sweep, lib/oauth/grants/expire-stale.ts). */
export async function deleteStaleChallenges(now = new Date()): Promise<number> {
  const { count } = await db.passkeyChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - CHALLENGE_SECONDS * 1000) } } });
  return count;
}
