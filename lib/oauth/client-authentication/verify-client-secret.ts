// A client secret against its stored hash (RFC 6749 §2.3.1). Two formats:
//   sha256$<base64url>  what Renkei issues (lib/oauth/registration/issue-client-secret.ts): a 256-bit random secret
//                       needs no slow hash (docs/security-habits.md, "secrets at rest"), and the token endpoint stays fast
//   scrypt$…            the seeded sandbox client's human-chosen demo secret (lib/crypto/password.ts)
// Comparison is constant-time in both; an unknown format never verifies.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { verifySecret } from "@/lib/crypto/password";
import { hashToken } from "@/lib/crypto/hash-token";

export const SHA256_SECRET_PREFIX = "sha256$";

export async function verifyClientSecret(secret: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored || !secret) return false;
  if (stored.startsWith(SHA256_SECRET_PREFIX)) {
    const expected = Buffer.from(stored.slice(SHA256_SECRET_PREFIX.length));
    const actual = Buffer.from(hashToken(secret));
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
  return verifySecret(secret, stored);
}
