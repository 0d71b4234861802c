// Runs once when a server instance starts (Next.js instrumentation): outside the demo, refuses to serve
// while a published demo credential is in the database (lib/demo/demo-credentials-refusal.ts); then sweeps
// expired interactions and replay records at once — the state a crash may have left — and every minute.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { demoDataWanted } = await import("./lib/demo/demo-data-wanted");
  if (!demoDataWanted()) {
    const { demoCredentialsRefusal } = await import("./lib/demo/demo-credentials-refusal");
    const refusal = await demoCredentialsRefusal();
    if (refusal) {
      console.error(refusal);
      process.exit(1); // before any listener serves a request
    }
  }
  const { expireStale } = await import("./lib/oauth/expire-stale");
  const sweep = () => expireStale().catch((error) => console.error("sweep failed", error instanceof Error ? error.message : error));
  await sweep();
  setInterval(sweep, 60_000).unref();
}
