// The production server (server.mjs) asks this before it opens any listener: outside the demo
// (lib/config/demo-data-wanted.ts), a published demo credential in the database is refused before a single
// connection is accepted — Next's instrumentation hook (instrumentation.ts) runs only once Next prepares,
// which a custom server may do after listening, so it cannot be the only guard. The check is marked done
// in this process (a symbol on globalThis, which no environment variable or request can set), so the
// instrumentation hook, which still guards a plain `next start`, does not hash every password twice.
import "server-only";
import { demoDataWanted } from "@/lib/config/demo-data-wanted";
import { demoCredentialsRefusal } from "./demo-credentials-refusal";

export const DEMO_CREDENTIALS_CHECKED = Symbol.for("renkei.demoCredentialsChecked");

/** The refusal to print (the caller exits non-zero), or null when this start may serve. */
export async function refuseDemoCredentialsBeforeListening(): Promise<string | null> {
  if (demoDataWanted()) return null;
  const refusal = await demoCredentialsRefusal();
  if (!refusal) (globalThis as Record<symbol, unknown>)[DEMO_CREDENTIALS_CHECKED] = true;
  return refusal;
}
