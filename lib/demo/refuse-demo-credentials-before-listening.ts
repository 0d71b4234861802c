// The production server (server.mjs) asks this before it opens any listener: outside the demo
// (lib/config/demo-data-wanted.ts), a published demo credential in the database is refused before a single
// connection is accepted — Next's instrumentation hook (instrumentation.ts) runs only once Next prepares,
// which a custom server may do after listening, so it cannot be the only guard. The check is marked done
// in this process (lib/process/cross-bundle.ts: process memory, which no environment variable or request can set), so the
// instrumentation hook, which still guards a plain `next start`, does not hash every password twice.
import "server-only";
import { replaceProcessSingleton } from "@/lib/process/cross-bundle";
import { demoDataWanted } from "@/lib/config/demo-data-wanted";
import { demoCredentialsRefusal } from "./demo-credentials-refusal";

/** The refusal to print (the caller exits non-zero), or null when this start may serve. */
export async function refuseDemoCredentialsBeforeListening(): Promise<string | null> {
  if (demoDataWanted()) return null;
  const refusal = await demoCredentialsRefusal();
  if (!refusal) replaceProcessSingleton("demoCredentialsChecked", true);
  return refusal;
}
