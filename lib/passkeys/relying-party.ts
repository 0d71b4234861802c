// Who the passkeys belong to (WebAuthn's relying party): the RP ID is the host of the public origin
// (RENKEI_ORIGIN), and an assertion or attestation is accepted only from exactly that origin. Every
// institution is served from the one origin (/{institution}/…), so all share the RP ID; a credential is
// tied to its institution and channel by its row (lib/passkeys/verify-passkey-login.ts), not by the RP ID.
// There is no per-institution domain setting yet; when one exists, it is read here.
import "server-only";
import { publicOrigin } from "@/lib/config/origin";

export function relyingParty(institution: { name: string }): { rpID: string; rpName: string; origin: string } {
  const origin = publicOrigin();
  return { rpID: new URL(origin).hostname, rpName: institution.name, origin };
}

/** Passkeys are on for this institution's channel (settings.passkeys, console /console/passkeys). */
export function passkeysOn(settings: { passkeys: { personal: boolean; corporate: boolean } }, channel: string | null | undefined): boolean {
  return channel === "personal" ? settings.passkeys.personal : channel === "corporate" ? settings.passkeys.corporate : false;
}
