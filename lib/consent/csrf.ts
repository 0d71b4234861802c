// A per-interaction CSRF token in every consent form (forms must work without JavaScript, so the
// Origin check Next applies to server actions is not the only line): HMAC(AUTH_SECRET, interaction id).
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

export function csrfToken(interactionId: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(`csrf:${interactionId}`).digest("base64url");
}

export function csrfValid(interactionId: string, formData: FormData): boolean {
  return csrfMatches(interactionId, String(formData.get("csrf") ?? ""));
}

/** The token as a server action called from script receives it (the passkey ceremonies: no form). */
export function csrfMatches(interactionId: string, token: unknown): boolean {
  const sent = Buffer.from(typeof token === "string" ? token : "");
  const expected = Buffer.from(csrfToken(interactionId));
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}
