// A single-use id: its record's key (the kind and a hash of its scope and id), and the one-shot use of it
// outside any request's commit (a ワンタイムパスワード's time step): the insert is the check, so a second use
// fails on any instance, even when two requests race. The requests' own ids are kept and committed with their
// writes (lib/oauth/single-use.ts). Expired records are purged by lib/oauth/expire-stale.ts.
import "server-only";
import { hashToken } from "@/lib/crypto/hash-token";
import { hotQueries, ReplayDetected, type TReplayRecord } from "./hot-queries";

export function replayRecord(kind: TReplayRecord["kind"], scope: string, jti: string, expiresAt: Date): TReplayRecord {
  return { key: `${kind}:${hashToken(`${scope}\u0000${jti}`)}`, kind, expiresAt };
}

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
