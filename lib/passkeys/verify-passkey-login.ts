// 「パスキーでログイン」: the options for navigator.credentials.get (a discoverable credential: no ID typed,
// user verification required), and the check of what comes back. The check is the one rule every customer
// factor follows (lib/auth/check-factor.ts: counted before it is verified, locked after repeated failures,
// recorded as login.passkey.success/failure with the refusal's reason), and refuses:
//   - a response that is not an assertion's shape
//   - a challenge that is not this ceremony's: unknown, spent (a replay), expired, or bound to another
//     interaction or browser
//   - a credential that is unknown, deleted, of another institution or channel, or whose user handle is
//     another customer's
//   - anything @simplewebauthn/server refuses: another origin or RP ID, no user verification, a bad signature,
//     and a signature counter that did not move forward on a device-bound (not backup-eligible) passkey. A
//     synced passkey's counter may stay at 0 or differ between the devices that share it, so the library is
//     given 0 for it (no counter rule), as WebAuthn §6.1.1 allows.
// A passkey that passes names the customer: Renkei's User, whose bankRef is the bank's reference in http mode.
import "server-only";
import { generateAuthenticationOptions, verifyAuthenticationResponse, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { checkFactor } from "@/lib/auth/check-factor";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import { passkeyKeyKind, type TPasskeyKey } from "@/lib/auth/amr";
import { consumeChallenge, storeChallenge } from "./passkey-challenge";
import { challengeOf, parseAuthenticationResponse } from "./passkey-response";
import { PASSKEY_REFUSED_MESSAGE, refusalOf, type TPasskeyRefusal } from "./passkey-refusal";
import { relyingParty } from "./relying-party";

type TPasskeyInstitution = { id: string; name: string; settings: TInstitutionSettings };

export async function passkeyLoginOptions(input: { institution: TPasskeyInstitution; binding: string; channel: string | null }): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { rpID } = relyingParty(input.institution);
  const options = await generateAuthenticationOptions({ rpID, userVerification: "required", timeout: 60_000 });
  await storeChallenge(options.challenge, { purpose: "login", binding: input.binding, institutionId: input.institution.id, channel: input.channel });
  return options;
}

export type TPasskeyLogin =
  | { ok: true; userId: string; channel: string; passkeyKey: TPasskeyKey }
  | { ok: false; message: string; locked: boolean };

export async function verifyPasskeyLogin(input: {
  institution: TPasskeyInstitution;
  /** the channels the passkey may be of: the interaction's, or every one with passkeys on (/links) */
  channels: string[];
  binding: string;
  response: unknown;
  ip: string;
  deviceHash: string | null;
  details?: Record<string, unknown>;
}): Promise<TPasskeyLogin> {
  const { institution } = input;
  const response = parseAuthenticationResponse(input.response);
  const credential = response ? await db.passkey.findUnique({ where: { credentialId: response.id } }) : null;
  const own = credential && credential.institutionId === institution.id ? credential : null;
  // filled in by verify(), and read by the attempt's record after it (lib/auth/check-factor.ts records `details` then)
  const details: Record<string, unknown> = { ...input.details, ...(own ? { passkey: own.name } : {}) };
  let passed: { userId: string; channel: string; passkeyKey: TPasskeyKey } | null = null;
  const refuse = (reason: TPasskeyRefusal) => { details.refusal = reason; return "wrong" as const; };

  const check = await checkFactor({
    institution, factor: "passkey", userId: own?.userId ?? null, subject: `passkey:${response?.id ?? "-"}`, ip: input.ip, deviceHash: input.deviceHash, details,
    wrong: { message: PASSKEY_REFUSED_MESSAGE },
    verify: async () => {
      if (!response) return refuse("malformed");
      const challenge = challengeOf(response.response.clientDataJSON);
      // spent first, whatever follows: a challenge is good for one try
      if (!challenge || !(await consumeChallenge(challenge, { purpose: "login", binding: input.binding, institutionId: institution.id }))) return refuse("challenge");
      if (!credential) return refuse("unknown_credential");
      if (!own) return refuse("other_institution");
      if (own.deletedAt) return refuse("deleted");
      if (!input.channels.includes(own.channel)) return refuse("other_channel");
      if (response.response.userHandle !== undefined && response.response.userHandle !== own.userHandle) return refuse("other_customer");
      const { rpID, origin } = relyingParty(institution);
      try {
        const result = await verifyAuthenticationResponse({
          response, expectedChallenge: challenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: true,
          credential: {
            id: own.credentialId, publicKey: new Uint8Array(Buffer.from(own.publicKey, "base64url")),
            counter: own.backupEligible ? 0 : Number(own.counter), transports: JSON.parse(own.transports),
          },
        });
        if (!result.verified) return refuse("signature");
        if (!result.authenticationInfo.userVerified) return refuse("user_verification");
        const now = new Date();
        await db.passkey.update({
          where: { id: own.id },
          data: { counter: BigInt(result.authenticationInfo.newCounter), backedUp: result.authenticationInfo.credentialBackedUp, lastUsedAt: now },
        });
      } catch (error) {
        return refuse(refusalOf(error));
      }
      passed = { userId: own.userId, channel: own.channel, passkeyKey: passkeyKeyKind(own.backupEligible) };
      return "ok";
    },
  });
  if (!check.ok || !passed) return { ok: false, message: check.ok ? PASSKEY_REFUSED_MESSAGE : check.message, locked: !check.ok && check.locked };
  return { ok: true, ...(passed as { userId: string; channel: string; passkeyKey: TPasskeyKey }) };
}
