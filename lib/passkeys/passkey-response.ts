// The shape of what the browser posts back from navigator.credentials (as @simplewebauthn/browser
// serialises it), checked before the library reads it: strings where strings belong, nothing huge.
// The library verifies the content (CBOR, signatures, flags); this only refuses what is not even that shape.
import { z } from "zod";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";

const B64URL = z.string().max(16_384).regex(/^[A-Za-z0-9_-]*$/);
const base = { id: B64URL.min(1).max(1_400), rawId: B64URL.min(1).max(1_400), type: z.literal("public-key"), clientExtensionResults: z.object({}).passthrough().default({}), authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional() };

export const ZAuthenticationResponse = z.object({
  ...base,
  response: z.object({ clientDataJSON: B64URL, authenticatorData: B64URL, signature: B64URL, userHandle: B64URL.optional() }),
});

export const ZRegistrationResponse = z.object({
  ...base,
  response: z.object({
    clientDataJSON: B64URL, attestationObject: B64URL,
    transports: z.array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"])).max(8).optional(),
    authenticatorData: B64URL.optional(), publicKey: B64URL.optional(), publicKeyAlgorithm: z.number().int().optional(),
  }),
});

export function parseAuthenticationResponse(raw: unknown): AuthenticationResponseJSON | null {
  const parsed = ZAuthenticationResponse.safeParse(raw);
  return parsed.success ? (parsed.data as AuthenticationResponseJSON) : null;
}

export function parseRegistrationResponse(raw: unknown): RegistrationResponseJSON | null {
  const parsed = ZRegistrationResponse.safeParse(raw);
  return parsed.success ? (parsed.data as RegistrationResponseJSON) : null;
}

/** The challenge the client data names (base64url JSON; no CBOR here), or null. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof data.challenge === "string" && data.challenge.length <= 512 ? data.challenge : null;
  } catch {
    return null;
  }
}
