// A single-use id recorded at once (a ワンタイムパスワード's time step): the insert is the check, so a
// second use fails on any instance, even when two requests race (lib/oauth/single-use.ts). Expired
// records are purged by lib/oauth/expire-stale.ts.
import "server-only";
import { consumeOnce, replayRecord } from "./single-use";

/** Returns false when this jti was seen before (a replay). */
export async function consumeJti(kind: "dpop" | "client_assertion" | "otp", scope: string, jti: string, expiresAt: Date): Promise<boolean> {
  return consumeOnce(replayRecord(kind, scope, jti, expiresAt));
}
