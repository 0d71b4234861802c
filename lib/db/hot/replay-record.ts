// The key of a single-use id (lib/db/hot/hot-queries.ts, TReplayRecord): its kind, and a hash of the
// scope it is unique in (a DPoP key, a client, a customer) with the id itself.
import { hashToken } from "@/lib/crypto/hash-token";
import type { TReplayRecord } from "./hot-queries";

export function replayRecord(kind: TReplayRecord["kind"], scope: string, jti: string, expiresAt: Date): TReplayRecord {
  return { key: `${kind}:${hashToken(`${scope}\u0000${jti}`)}`, kind, expiresAt };
}
