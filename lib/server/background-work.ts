// The work a server instance does beside its requests, started once per process (lib/process/lifecycle.ts) by
// whichever asks first: server.mjs (every role, before it listens — RENKEI_ROLE=machine loads no Next, so no
// instrumentation hook runs there) or Next's instrumentation hook (instrumentation.ts: `next dev`).
//   - a log kept from before the audit chain was keyed is sealed (lib/audit/seal-legacy-chain.ts) — with the
//     database down at start, at the first sweep that reaches it (an entry appended in between would precede the
//     seal, and the verifier would then report the log unsealed: a false alarm, never a silent pass);
//   - the sweep (lib/oauth/grants/expire-stale.ts) at once — the state a crash may have left — and every minute
//     (RENKEI_SWEEP_INTERVAL_MS; the test servers sweep every two seconds);
//   - this instance's lifecycle-event worker (lib/events/run-event-worker.ts), which delivers what the outbox
//     holds, including what a crash left undelivered. Shutdown waits for its deliveries in flight.
import "server-only";
import { sealLegacyAuditChain } from "@/lib/audit/seal-legacy-chain";
import { noteDatabaseError } from "@/lib/db/outage-watch";
import { errorFields, logger } from "@/lib/observability/logger";
import { startEventWorker } from "@/lib/events/run-event-worker";
import { expireStale } from "@/lib/oauth/grants/expire-stale";
import { claimBackgroundWork, onShutdown } from "@/lib/process/lifecycle";

export async function startBackgroundWork(): Promise<void> {
  if (!claimBackgroundWork()) return;
  let sealed = false;
  const seal = async () => {
    if (sealed) return;
    const through = await sealLegacyAuditChain();
    sealed = true;
    if (through !== null) logger().info({ through }, `audit log: the unkeyed entries through #${through} are sealed (audit.chain-keyed)`);
  };
  const sweep = () => seal().then(() => expireStale()).catch((error) => {
    // an outage is logged once by the outage watch (lib/db/outage-watch.ts), not at every sweep
    if (!noteDatabaseError(error)) logger().error(errorFields(error), "sweep failed");
  });
  await sweep();
  const every = Number(process.env.RENKEI_SWEEP_INTERVAL_MS) || 60_000;
  const timer = setInterval(sweep, Math.max(every, 200));
  timer.unref();
  const stopWorker = startEventWorker();
  onShutdown(async () => {
    clearInterval(timer);
    await stopWorker();
  });
}
