// The event worker of one server instance (started from instrumentation.ts; plain functions, no Next):
// every pollMs it claims due events (lib/events/claim-due-events.ts) and delivers them, a few at a
// time. Every instance may run one: a claim is atomic, so an event goes out from one worker at a time.
// At start it also makes the institutions' signing keys if they are missing (first start).
import "server-only";
import { db } from "@/lib/db";
import { noteDatabaseError } from "@/lib/db/outage-watch";
import { errorFields, logger } from "@/lib/observability/logger";
import { claimDueEvents } from "./claim-due-events";
import { deliverSecurityEvent } from "./deliver-security-event";
import { deliverySettings, type TDeliverySettings } from "./delivery-settings";
import { ensureSigningKeys } from "./ensure-signing-keys";

const BATCH = 10;

/** Starts the worker; the function it returns stops it and resolves once the deliveries in flight are done. */
export function startEventWorker(settings: TDeliverySettings = deliverySettings()): () => Promise<void> {
  if (!settings.enabled) return async () => {};
  let busy = false;
  let current: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (busy || stopped) return current;
    busy = true;
    current = deliverDue();
    return current;
  };
  const deliverDue = async () => {
    try {
      for (let round = 0; round < 10 && !stopped; round++) {
        const claimed = await claimDueEvents(new Date(), BATCH, settings.leaseMs);
        await Promise.all(claimed.map((event) => deliverSecurityEvent(event, settings)));
        if (claimed.length < BATCH) break;
      }
    } catch (error) {
      // an outage is logged once by the outage watch, not on every poll
      if (!noteDatabaseError(error)) logger().error(errorFields(error), "event delivery failed");
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, settings.pollMs);
  timer.unref();
  void (async () => {
    try {
      for (const { id } of await db.institution.findMany({ select: { id: true } })) await ensureSigningKeys(id);
    } catch (error) {
      logger().error(errorFields(error), "signing keys could not be made");
    }
    await tick();
  })();
  // a claim not yet delivered is not released by hand: its lease (settings.leaseMs) runs out and another
  // instance's worker claims it again; stopping waits for the deliveries already under way
  return async () => {
    stopped = true;
    clearInterval(timer);
    await current;
  };
}
