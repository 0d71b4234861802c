// A new client secret (baseline clients, sandbox clients made in the console): 256 bits of randomness,
// returned once to be shown once; only its SHA-256 is kept (lib/oauth/client-authentication/verify-client-secret.ts).
import "server-only";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { SHA256_SECRET_PREFIX } from "@/lib/oauth/client-authentication/verify-client-secret";

export function issueClientSecret(): { secret: string; hash: string } {
  const secret = randomToken(32);
  return { secret, hash: SHA256_SECRET_PREFIX + hashToken(secret) };
}
