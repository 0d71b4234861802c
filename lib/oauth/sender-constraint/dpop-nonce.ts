// The authorization server's DPoP nonce (RFC 9449 §8), stateless so that every app instance agrees
// without shared storage: an HMAC of the current minute under a key derived from AUTH_SECRET (which
// every instance shares). A nonce is accepted during its minute and the next, so a client that just
// fetched one never races the turn of the minute.
//   - every PAR and token response carries a fresh DPoP-Nonce header       (RFC 9449 §8.2)
//   - a proof that carries a nonce must carry a current one                 (RFC 9449 §4.3 item 10)
//   - with RENKEI_DPOP_NONCE=required a proof without a nonce is refused    (RFC 9449 §8: use_dpop_nonce)
// The resource server does not ask for nonces (RFC 9449 §9 makes that its own choice).
import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const WINDOW_MS = 60_000;
let key: Buffer | undefined;

function nonceKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  // without a shared secret (a bare single process) a per-process key is still correct
  return (key ??= secret ? createHash("sha256").update(`renkei dpop nonce\u0000${secret}`).digest() : randomBytes(32));
}

function nonceFor(window: number): string {
  return createHmac("sha256", nonceKey()).update(`dpop-nonce:${window}`).digest("base64url");
}

export function currentDpopNonce(now = Date.now()): string {
  return nonceFor(Math.floor(now / WINDOW_MS));
}

export function isCurrentDpopNonce(nonce: string, now = Date.now()): boolean {
  const window = Math.floor(now / WINDOW_MS);
  const given = Buffer.from(nonce);
  return [window, window - 1].some((w) => {
    const expected = Buffer.from(nonceFor(w));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

export function dpopNonceRequired(): boolean {
  return process.env.RENKEI_DPOP_NONCE === "required";
}
