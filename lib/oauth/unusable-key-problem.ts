// RFC 7591 §2: jwks must hold usable public keys — checked when a client registers, or an operator
// gives a client its keys (lib/console/switch-client-to-fapi2.ts), rather than at the first assertion.
import "server-only";
import { importJWK, type JWK } from "jose";

export async function unusableKeyProblem(jwks: { keys: Record<string, unknown>[] } | undefined): Promise<string | null> {
  for (const key of jwks?.keys ?? []) {
    try {
      await importJWK(key as JWK, typeof key.alg === "string" ? key.alg : key.kty === "EC" ? "ES256" : key.kty === "RSA" ? "PS256" : "EdDSA");
    } catch {
      return `jwks: a key (kid ${typeof key.kid === "string" ? key.kid.slice(0, 40) : "none"}) is not a usable public key`;
    }
  }
  return null;
}
