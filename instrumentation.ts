// Runs once when a server instance starts (Next.js instrumentation): outside the demo, refuses to serve
// while a published demo credential is in the database (lib/demo/demo-credentials-refusal.ts); then the
// background work — the audit seal, the sweep, the lifecycle-event worker (lib/server/background-work.ts),
// which server.mjs has already started in production (then this does nothing: once per process).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { demoDataWanted } = await import("./lib/config/demo-data-wanted");
  // server.mjs ran the same check before listening (lib/demo/refuse-demo-credentials-before-listening.ts)
  const { processSingleton } = await import("./lib/process/cross-bundle");
  const { logger } = await import("./lib/observability/logger");
  const checked = processSingleton("demoCredentialsChecked", () => false);
  if (!demoDataWanted() && !checked) {
    const { demoCredentialsRefusal } = await import("./lib/demo/demo-credentials-refusal");
    const refusal = await demoCredentialsRefusal();
    if (refusal) {
      logger().fatal(refusal);
      process.exit(1); // before any listener serves a request
    }
  }
  const { startBackgroundWork } = await import("./lib/server/background-work");
  await startBackgroundWork();
}
