// Runs once when a server instance starts (Next.js instrumentation): sweeps expired interactions and
// replay records at once — the state a crash may have left — and then every minute.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { expireStale } = await import("./lib/oauth/expire-stale");
  const sweep = () => expireStale().catch((error) => console.error("sweep failed", error instanceof Error ? error.message : error));
  await sweep();
  setInterval(sweep, 60_000).unref();
}
