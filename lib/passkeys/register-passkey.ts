// 「パスキーを登録」: offered only after a complete login with the institution's own factors (the callers:
// lib/consent/actions/passkey.ts, lib/links/passkey-actions.ts). Attestation "none" (Renkei does not vet
// authenticator makes), a discoverable credential with user verification required, and the customer's
// existing passkeys excluded so that one authenticator is not registered twice. @simplewebauthn/server checks
// the attestation (origin, RP ID, challenge, flags); the challenge is spent first and is bound to the customer.
import "server-only";
import { generateRegistrationOptions, verifyRegistrationResponse, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { jstJapaneseDate } from "@/lib/time/jst";
import { consumeChallenge, storeChallenge } from "./passkey-challenge";
import { challengeOf, parseRegistrationResponse } from "./passkey-response";
import { refusalOf, type TPasskeyRefusal } from "./passkey-refusal";
import { relyingParty } from "./relying-party";
import { userHandleFor } from "./user-handle";

type TRegistrationInput = { institution: { id: string; name: string }; userId: string; channel: string; binding: string };

export async function passkeyRegistrationOptions(input: TRegistrationInput): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { rpID, rpName } = relyingParty(input.institution);
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { loginId: true, displayName: true } });
  const existing = await db.passkey.findMany({ where: { userId: input.userId, deletedAt: null }, select: { credentialId: true, transports: true } });
  const options = await generateRegistrationOptions({
    rpName, rpID, userName: user.loginId, userDisplayName: user.displayName, userID: userHandleFor(input.userId),
    attestationType: "none", timeout: 60_000,
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: JSON.parse(p.transports) })),
  });
  await storeChallenge(options.challenge, { purpose: "register", binding: input.binding, institutionId: input.institution.id, userId: input.userId, channel: input.channel });
  return options;
}

/** A name the customer typed (trimmed, one line, at most 40 characters), or one from the date. */
export function passkeyName(typed: unknown, now = new Date()): string {
  const name = String(typed ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 40);
  return name || `パスキー（${jstJapaneseDate(now)}登録）`;
}

export type TPasskeyRegistration = { ok: true; name: string } | { ok: false; reason: TPasskeyRefusal };

export async function registerPasskey(input: TRegistrationInput & { response: unknown; name: unknown; ip: string; details?: Record<string, unknown> }): Promise<TPasskeyRegistration> {
  const { institution, userId } = input;
  const refused = async (reason: TPasskeyRefusal): Promise<TPasskeyRegistration> => {
    await db.$transaction((tx) => appendAuditEvent(tx, {
      institutionId: institution.id, actorType: "customer", actorId: userId, action: "passkey.registration-refused", targetType: "user", targetId: userId, ip: input.ip,
      details: { ...input.details, channel: input.channel, refusal: reason },
    }));
    return { ok: false, reason };
  };
  const response = parseRegistrationResponse(input.response);
  if (!response) return refused("malformed");
  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge || !(await consumeChallenge(challenge, { purpose: "register", binding: input.binding, institutionId: institution.id, userId }))) return refused("challenge");
  const { rpID, origin } = relyingParty(institution);
  let info;
  try {
    const result = await verifyRegistrationResponse({ response, expectedChallenge: challenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: true });
    if (!result.verified || !result.registrationInfo) return refused("invalid");
    info = result.registrationInfo;
  } catch (error) {
    return refused(refusalOf(error));
  }
  if (await db.passkey.findUnique({ where: { credentialId: info.credential.id }, select: { id: true } })) return refused("duplicate");
  const name = passkeyName(input.name);
  const backupEligible = info.credentialDeviceType === "multiDevice";
  await db.$transaction(async (tx) => {
    const row = await tx.passkey.create({
      data: {
        institutionId: institution.id, userId, channel: input.channel, credentialId: info.credential.id,
        publicKey: Buffer.from(info.credential.publicKey).toString("base64url"), userHandle: Buffer.from(userHandleFor(userId)).toString("base64url"),
        counter: BigInt(info.credential.counter), backupEligible, backedUp: info.credentialBackedUp,
        transports: JSON.stringify(response.response.transports ?? info.credential.transports ?? []), name,
      },
    });
    await appendAuditEvent(tx, {
      institutionId: institution.id, actorType: "customer", actorId: userId, action: "passkey.registered", targetType: "passkey", targetId: row.id, ip: input.ip,
      details: { ...input.details, channel: input.channel, passkey: name, synced: backupEligible },
    });
  });
  return { ok: true, name };
}
