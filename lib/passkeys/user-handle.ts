// The WebAuthn user handle of a customer: a keyed hash of Renkei's user id (no name, no number the bank
// uses), the same for every passkey of the customer so that an authenticator keeps one per account. It is
// stored on each passkey as given, and an assertion must carry the passkey's own.
import "server-only";
import { createHmac } from "node:crypto";

export function userHandleFor(userId: string): Uint8Array<ArrayBuffer> {
  const digest = createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`webauthn-user:${userId}`).digest();
  return new Uint8Array(digest.subarray(0, 32));
}
