// RFC 7591 §2: jwks must hold usable public keys — checked when a client registers, or an operator
// registers a client or gives it its keys (lib/console/), rather than at the first assertion.
import "server-only";
import { importJWK, type JWK } from "jose";

/** The first key that cannot be imported, by its kid ("none" without one); null when every key is usable. */
async function unusableKey(jwks: { keys: Record<string, unknown>[] } | undefined): Promise<{ kid: string } | null> {
  for (const key of jwks?.keys ?? []) {
    try {
      await importJWK(key as JWK, typeof key.alg === "string" ? key.alg : key.kty === "EC" ? "ES256" : key.kty === "RSA" ? "PS256" : "EdDSA");
    } catch {
      return { kid: typeof key.kid === "string" ? key.kid.slice(0, 40) : "none" };
    }
  }
  return null;
}

/** The registration endpoint's words for it (an error_description). */
export async function unusableKeyProblem(jwks: { keys: Record<string, unknown>[] } | undefined): Promise<string | null> {
  const key = await unusableKey(jwks);
  return key ? `jwks: a key (kid ${key.kid}) is not a usable public key` : null;
}

/** An operator's words for it, beside the JWKS field. */
export async function unusableKeyMessageJa(jwks: { keys: Record<string, unknown>[] } | undefined): Promise<string | null> {
  const key = await unusableKey(jwks);
  return key ? `公開鍵として使えない鍵があります（kid: ${key.kid}）。` : null;
}
