// The process's life beside its requests, one per process (lib/process/cross-bundle.ts): whether it is draining
// (SIGTERM: server.mjs says so at once, /readyz answers 503 so that a load balancer stops sending), and the
// background work — the sweep and the lifecycle-event worker — started once by whichever copy of lib/ asks first
// (server.mjs's bundle, or Next's instrumentation hook under `next dev`) and stopped once on shutdown.
// No imports but the cross-bundle store: every folder may use it.
import { processSingleton } from "./cross-bundle";

type TLifecycle = { draining: boolean; background: "none" | "started"; stops: (() => Promise<void>)[] };

const lifecycle = () => processSingleton<TLifecycle>("lifecycle", () => ({ draining: false, background: "none", stops: [] }));

/** SIGTERM: from now on /readyz answers 503 (lib/health/readiness.ts). */
export function startDraining(): void {
  lifecycle().draining = true;
}

export function isDraining(): boolean {
  return lifecycle().draining;
}

/** True for the first caller only: the background work runs once per process. */
export function claimBackgroundWork(): boolean {
  const state = lifecycle();
  if (state.background === "started") return false;
  state.background = "started";
  return true;
}

/** What shutdown must wait for (the event worker's deliveries in flight), in the order registered. */
export function onShutdown(stop: () => Promise<void>): void {
  lifecycle().stops.push(stop);
}

/** Runs every registered stop once; one that fails does not keep the others from running. */
export async function runShutdownHooks(): Promise<void> {
  const stops = lifecycle().stops.splice(0);
  await Promise.allSettled(stops.map((stop) => stop()));
}
