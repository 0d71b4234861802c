// The last step of a graceful shutdown (server.mjs), after the last request and the event worker: the database's
// pools (Prisma's and the hot queries') and the bank connectors' keep-alive pools are closed, so that PostgreSQL
// sees the sessions end rather than drop, and nothing holds the process open.
import "server-only";
import { transportRegistry } from "@/lib/bank/transport/transport-registry";
import { closeDb } from "@/lib/db";
import { closeHotQueries } from "@/lib/db/hot/hot-queries";

export async function closeConnections(): Promise<void> {
  await Promise.allSettled([closeDb(), closeHotQueries(), transportRegistry().closeAll()]);
}
