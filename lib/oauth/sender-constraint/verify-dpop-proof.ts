// Verifies a DPoP proof (RFC 9449 §4.3). The checks, in the spec's order:
//   1. exactly one DPoP header                      (§4.3 item 1)
//   2. a well-formed JWT                             (§4.3 items 2–3)
//   3. typ is dpop+jwt                               (§4.3 item 4)
//   4. alg is an allowed asymmetric algorithm        (§4.3 item 5)
//   5. the signature verifies with the header's jwk, which is a public key (§4.3 items 6–7)
//   6. htm is the request's method                   (§4.3 item 8)
//   7. htu is the request's URI, without query and fragment (§4.3 item 9)
//   8. ath is the hash of the access token, when one is presented (§4.3 item 10)
//   9. iat is recent                                 (§4.3 item 11, §11.1)
//  10. nonce, where this server hands them out, is a current one (§4.3 item 10, §8; lib/oauth/sender-constraint/dpop-nonce.ts)
//  11. jti was not used before                       (§11.1; reserved now, recorded with the request: lib/oauth/endpoints/single-use.ts)
// Returns the key's RFC 7638 thumbprint (the jkt that tokens are bound to).
import "server-only";
import { calculateJwkThumbprint, decodeProtectedHeader, importJWK, jwtVerify, type CryptoKey, type JWK, type KeyObject } from "jose";
import { dpopNonceRequired, isCurrentDpopNonce } from "./dpop-nonce";
import { replayRecord } from "@/lib/db/hot/replay-record";
import type { SingleUse } from "@/lib/oauth/endpoints/single-use";

export const DPOP_ALGS = ["ES256", "PS256", "EdDSA", "Ed25519"];
const IAT_PAST_SECONDS = 120;
const IAT_FUTURE_SECONDS = 30;

export class DpopProofError extends Error {}
export const DPOP_REPLAYED = "DPoP proof jti was already used";
/** RFC 9449 §8: the proof needs (another) server nonce — answered with use_dpop_nonce and a fresh one. */
export class DpopNonceError extends DpopProofError {}

/** nonce: true where this server issues DPoP nonces (the authorization server's PAR and token endpoints). */
/** singleUse: the request's single-use ids, where the proof's jti is reserved (lib/oauth/endpoints/single-use.ts). */
/** accessTokenHash: the presented access token's SHA-256, base64url — its ath, and the hash it is stored under (lib/crypto/hash-token.ts) */
export type TDpopCheck = { method: string; url: string; accessTokenHash?: string; nonce?: boolean; singleUse: SingleUse };

// A client signs every proof with the same key: its import and RFC 7638 thumbprint are kept (a bounded
// map of public keys, derived data only), so a proof costs one signature verification.
const KEY_CACHE_SIZE = 1000;
const keys = new Map<string, Promise<{ key: CryptoKey | KeyObject | Uint8Array; jkt: string }>>();

function publicKey(jwk: JWK, alg: string) {
  const id = `${alg}\u0000${JSON.stringify(jwk)}`;
  let hit = keys.get(id);
  if (!hit) {
    hit = Promise.all([importJWK(jwk, alg), calculateJwkThumbprint(jwk, "sha256")]).then(([key, jkt]) => ({ key, jkt }));
    hit.catch(() => keys.delete(id));
    if (keys.size >= KEY_CACHE_SIZE) keys.delete(keys.keys().next().value!);
    keys.set(id, hit);
  }
  return hit;
}

function normalizeHtu(value: string): string {
  const url = new URL(value);
  return `${url.protocol}//${url.host}${url.pathname}`.toLowerCase();
}

export async function verifyDpopProof(headers: Headers, check: TDpopCheck): Promise<{ jkt: string }> {
  const raw = headers.get("dpop");
  if (!raw) throw new DpopProofError("DPoP proof is missing");
  if (raw.includes(",")) throw new DpopProofError("more than one DPoP header");
  if (raw.length > 8192 || raw.split(".").length !== 3) throw new DpopProofError("DPoP proof is not a JWT");

  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(raw);
  } catch {
    throw new DpopProofError("DPoP proof is not a JWT");
  }
  if (header.typ !== "dpop+jwt") throw new DpopProofError("DPoP proof typ must be dpop+jwt");
  if (!header.alg || !DPOP_ALGS.includes(header.alg)) throw new DpopProofError("DPoP proof alg is not allowed");
  const jwk = header.jwk as JWK | undefined;
  if (!jwk || typeof jwk !== "object") throw new DpopProofError("DPoP proof has no jwk");
  if ("d" in jwk || "p" in jwk || "k" in jwk) throw new DpopProofError("DPoP proof jwk must be a public key");

  let payload: Record<string, unknown>;
  let jkt: string;
  try {
    const verified = await publicKey(jwk, header.alg);
    jkt = verified.jkt;
    ({ payload } = await jwtVerify(raw, verified.key, { typ: "dpop+jwt", algorithms: DPOP_ALGS, clockTolerance: 0 }));
  } catch {
    throw new DpopProofError("DPoP proof signature is invalid");
  }
  if (payload.htm !== check.method) throw new DpopProofError("DPoP proof htm does not match the request method");
  if (typeof payload.htu !== "string") throw new DpopProofError("DPoP proof htu is missing");
  let htuMatches = false;
  try {
    htuMatches = normalizeHtu(payload.htu) === normalizeHtu(check.url);
  } catch {
    htuMatches = false;
  }
  if (!htuMatches) throw new DpopProofError("DPoP proof htu does not match the request URI");
  if (check.accessTokenHash !== undefined) {
    if (payload.ath !== check.accessTokenHash) throw new DpopProofError("DPoP proof ath does not match the access token");
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.iat !== "number") throw new DpopProofError("DPoP proof iat is missing");
  if (payload.iat < now - IAT_PAST_SECONDS || payload.iat > now + IAT_FUTURE_SECONDS) throw new DpopProofError("DPoP proof iat is not recent");
  if (typeof payload.jti !== "string" || payload.jti.length < 8 || payload.jti.length > 256) throw new DpopProofError("DPoP proof jti is missing");
  if (check.nonce) {
    if (payload.nonce !== undefined && (typeof payload.nonce !== "string" || !isCurrentDpopNonce(payload.nonce))) {
      throw new DpopNonceError("DPoP proof nonce is not current");
    }
    if (payload.nonce === undefined && dpopNonceRequired()) throw new DpopNonceError("DPoP proof must carry the server's nonce");
  }

  const fresh = await check.singleUse.reserve(replayRecord("dpop", jkt, payload.jti, new Date((payload.iat + IAT_PAST_SECONDS + IAT_FUTURE_SECONDS) * 1000)));
  if (!fresh) throw new DpopProofError(DPOP_REPLAYED);
  return { jkt };
}
