// Ends what has outlived its time, so that after a crash or a quiet night nothing half-done lingers:
// interactions past their expiry become "expired" (their pages then say so, and their 登録済み* PINs
// were never applied), expired single-use records and attempt counters whose window has ended are purged, grants past their expiry end (status
// expired, tokens revoked, grant-expired to their client: lib/oauth/grants/revoke-grant.ts), and grants
// entering the warning window get grant-expiring (lib/events/warn-expiring-grants.ts).
// Run at start and every minute (instrumentation.ts); `now` is the clock, for tests.
import { deleteStaleChallenges } from "@/lib/passkeys/passkey-challenge";
import { db } from "@/lib/db";
import { warnExpiringGrants } from "@/lib/events/warn-expiring-grants";
import { revokeGrant } from "./revoke-grant";

async function expireGrants(now: Date): Promise<number> {
  let expired = 0;
  for (let batch = 0; batch < 50; batch++) {
    const due = await db.grant.findMany({ where: { status: "active", expiresAt: { lte: now } }, select: { id: true }, take: 100 });
    for (const { id } of due) if (await db.$transaction((tx) => revokeGrant(tx, { grantId: id, by: "expiry", now }))) expired++;
    if (due.length < 100) break;
  }
  return expired;
}

export async function expireStale(now = new Date()): Promise<{ interactions: number; replays: number; counters: number; grants: number; warned: number }> {
  const interactions = await db.interaction.updateMany({ where: { status: "active", expiresAt: { lt: now } }, data: { status: "expired" } });
  const replays = await db.replayRecord.deleteMany({ where: { expiresAt: { lt: now } } });
  // a counter past its window counts nothing any more: the next attempt starts a new one (lib/auth/reserve-attempt.ts)
  const counters = await db.rateLimit.deleteMany({ where: { resetAt: { lt: now } } });
  // spent and expired passkey challenges (lib/passkeys/passkey-challenge.ts) answer nothing any more
  await deleteStaleChallenges(now);
  const grants = await expireGrants(now);
  const warned = await warnExpiringGrants(now);
  return { interactions: interactions.count, replays: replays.count, counters: counters.count, grants, warned };
}
