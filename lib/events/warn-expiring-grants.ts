// grant-expiring: once per grant, when its expiry comes within the institution's warning window
// (settings.events.expiryWarningDays, 14 days unless set). Marking the grant (expiryWarnedAt) and
// writing the event are one transaction, and the mark is a conditional UPDATE, so two instances
// sweeping at once write one event. Run by the sweep (lib/oauth/grants/expire-stale.ts).
import "server-only";
import { db } from "@/lib/db";
import { parseSettings } from "@/lib/institutions/settings";
import { enqueueSecurityEvent } from "./enqueue-security-event";
import { expiryWarningHorizon } from "./expiry-warning-horizon";

export async function warnExpiringGrants(now = new Date()): Promise<number> {
  let warned = 0;
  for (const institution of await db.institution.findMany({ select: { id: true, settings: true } })) {
    const horizon = expiryWarningHorizon(parseSettings(institution.settings).events.expiryWarningDays, now);
    const due = await db.grant.findMany({
      where: { institutionId: institution.id, status: "active", expiryWarnedAt: null, expiresAt: { gt: now, lte: horizon } },
      select: { id: true, clientId: true, expiresAt: true },
      take: 500,
    });
    for (const grant of due) {
      await db.$transaction(async (tx) => {
        const marked = await tx.grant.updateMany({ where: { id: grant.id, status: "active", expiryWarnedAt: null }, data: { expiryWarnedAt: now } });
        if (marked.count !== 1) return;
        warned++;
        await enqueueSecurityEvent(tx, {
          institutionId: institution.id, clientId: grant.clientId, grantId: grant.id, type: "grant-expiring", now,
          payload: { grant_id: grant.id, expires_at: Math.floor(grant.expiresAt.getTime() / 1000) },
        });
      });
    }
  }
  return warned;
}
