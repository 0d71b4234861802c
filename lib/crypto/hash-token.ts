// Fast hashing for high-entropy values (tokens, codes, request_uris, cookies): SHA-256, base64url.
// A slow hash adds nothing when the input has ≥128 bits of entropy; it would only slow every API call.
import { createHash, randomBytes } from "node:crypto";

export function hashToken(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/** A random handle: 256 bits, base64url (43 characters). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
