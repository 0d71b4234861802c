// A single-use id recorded at once (a ワンタイムパスワード's time step), outside any request's commit: the
// insert is the check, so a second use fails on any instance, even when two requests race
// (lib/db/hot/hot-queries.ts). The requests' own ids are kept and committed with their writes
// (lib/oauth/endpoints/single-use.ts). Expired records are purged by lib/oauth/grants/expire-stale.ts.
import "server-only";
import { hotQueries, ReplayDetected, type TReplayRecord } from "./hot-queries";
import { replayRecord } from "./replay-record";

/** Returns false when this id was seen before (a replay). */
export async function consumeJti(kind: TReplayRecord["kind"], scope: string, jti: string, expiresAt: Date): Promise<boolean> {
  try {
    await (await hotQueries()).commit([replayRecord(kind, scope, jti, expiresAt)], []);
    return true;
  } catch (error) {
    if (error instanceof ReplayDetected) return false;
    throw error;
  }
}
