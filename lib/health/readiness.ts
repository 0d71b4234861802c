// Whether this process should be sent traffic (/readyz): the database answers a cheap query, every migration is
// applied (lib/health/migrations-applied.ts), no bank connector's circuit is open in this process
// (lib/bank/transport/), and it is not draining (SIGTERM: lib/process/lifecycle.ts). Each failed check is a reason
// in the answer. Liveness (/healthz) asks none of this: a process that answers at all is alive, and restarting it
// would not bring the database back.
import "server-only";
import { transportRegistry } from "@/lib/bank/transport/transport-registry";
import { db } from "@/lib/db";
import { databaseDown, noteDatabaseError } from "@/lib/db/outage-watch";
import { isDraining } from "@/lib/process/lifecycle";
import { migrationsProblem } from "./migrations-applied";

/** A database that takes longer than this to answer `SELECT 1` is not ready. */
const DATABASE_CHECK_MS = 2000;

export type TReadiness = { ready: boolean; reasons: string[] };

async function databaseProblem(): Promise<string | null> {
  if (databaseDown()) return "database unreachable";
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$executeRawUnsafe("SELECT 1"),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${DATABASE_CHECK_MS} ms`)), DATABASE_CHECK_MS))),
    ]);
    return null;
  } catch (error) {
    noteDatabaseError(error);
    return `database unreachable: ${error instanceof Error ? error.message.split("\n").find((l) => l.trim()) : String(error)}`;
  } finally {
    clearTimeout(timer);
  }
}

export async function readiness(): Promise<TReadiness> {
  const reasons: string[] = [];
  if (isDraining()) reasons.push("draining: shutting down");
  const database = await databaseProblem();
  if (database) reasons.push(database);
  else {
    const migrations = await migrationsProblem();
    if (migrations) reasons.push(`migrations: ${migrations}`);
  }
  const open = transportRegistry().openCircuits();
  if (open.length) reasons.push(`bank connector circuit open: ${open.join(", ")}`);
  return { ready: reasons.length === 0, reasons };
}
