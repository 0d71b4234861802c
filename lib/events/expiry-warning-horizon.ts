// Until when a grant's expiry counts as near (the institution's events.expiryWarningDays, settings): the
// one rule behind the grant-expiring event (./warn-expiring-grants.ts) and the 期限が近い mark on /links.
import { addDays } from "@/lib/time/jst";

export function expiryWarningHorizon(expiryWarningDays: number, now: Date): Date {
  return addDays(now, expiryWarningDays);
}
