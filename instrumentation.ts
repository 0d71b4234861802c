// Runs once when a server instance starts (Next.js instrumentation): outside the demo, refuses to serve
// while a published demo credential is in the database (lib/demo/demo-credentials-refusal.ts); seals an
// audit log kept from before the chain was keyed (lib/audit/seal-legacy-chain.ts); then the
// sweep (lib/oauth/grants/expire-stale.ts) at once — the state a crash may have left — and every minute
// (RENKEI_SWEEP_INTERVAL_MS; the test servers sweep every two seconds); and this instance's lifecycle-event
// worker (lib/events/run-event-worker.ts), which delivers what the outbox holds, including what a crash left undelivered.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { demoDataWanted } = await import("./lib/config/demo-data-wanted");
  // server.mjs ran the same check before listening (lib/demo/refuse-demo-credentials-before-listening.ts)
  const { processSingleton } = await import("./lib/process/cross-bundle");
  const checked = processSingleton("demoCredentialsChecked", () => false);
  if (!demoDataWanted() && !checked) {
    const { demoCredentialsRefusal } = await import("./lib/demo/demo-credentials-refusal");
    const refusal = await demoCredentialsRefusal();
    if (refusal) {
      console.error(refusal);
      process.exit(1); // before any listener serves a request
    }
  }
  const { sealLegacyAuditChain } = await import("./lib/audit/seal-legacy-chain");
  const { expireStale } = await import("./lib/oauth/grants/expire-stale");
  const { startEventWorker } = await import("./lib/events/run-event-worker");
  // a log kept from before the audit chain was keyed is sealed first; with the database down at start,
  // at the first sweep that reaches it (an entry appended in between would precede the seal, and the
  // verifier would then report the log unsealed: a false alarm, never a silent pass)
  let sealed = false;
  const seal = async () => {
    if (sealed) return;
    const through = await sealLegacyAuditChain();
    sealed = true;
    if (through !== null) console.log(`audit log: the unkeyed entries through #${through} are sealed (audit.chain-keyed)`);
  };
  const sweep = () => seal().then(() => expireStale()).catch((error) => console.error("sweep failed", error instanceof Error ? error.message : error));
  await sweep();
  const every = Number(process.env.RENKEI_SWEEP_INTERVAL_MS) || 60_000;
  setInterval(sweep, Math.max(every, 200)).unref();
  startEventWorker();
}
