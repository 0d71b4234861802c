"use server";
// Passkeys on 連携サービスの確認・停止 (lib/passkeys/):
//   - 「パスキーでログイン」 beside the ID/password forms, for every channel where the institution turned
//     passkeys on; the risk check is the consent flow's (lib/auth/login-risk-reasons.ts: 追加認証 after a
//     passkey only where settings.passkeys.additionalAuth says). Its challenge is bound to this browser.
//   - the customer's passkeys (list on the page), 「パスキーを登録」 after a login with the institution's own
//     factors, and 削除 (a form post: works without JavaScript).
import { redirect } from "next/navigation";
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loginRiskReasons } from "@/lib/auth/login-risk-reasons";
import { recordLoginPassed } from "@/lib/auth/record-login-passed";
import { EXPIRED_MESSAGE } from "@/lib/forms/messages";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { getInstitution, type TInstitution } from "@/lib/institutions/get-institution";
import { CHANNELS } from "@/lib/institutions/settings";
import { linksBinding } from "@/lib/passkeys/passkey-challenge";
import { passkeyLoginOptions, verifyPasskeyLogin } from "@/lib/passkeys/verify-passkey-login";
import { PASSKEY_REGISTER_REFUSED_MESSAGE } from "@/lib/passkeys/passkey-refusal";
import { deletePasskey } from "@/lib/passkeys/list-passkeys";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/passkeys/register-passkey";
import { passkeysOn } from "@/lib/passkeys/relying-party";
import { linksCsrfMatches, linksCsrfValid } from "./links-csrf";
import { linksDeviceHash } from "./links-device";
import { linksSession, startLinksSession } from "./links-session";

type TOptions<T> = { ok: true; options: T } | { ok: false; message: string };
const expired = { ok: false, message: EXPIRED_MESSAGE } as const;

/** The channels of this institution where passkeys are on. */
async function passkeyChannels(institution: TInstitution): Promise<string[]> {
  return CHANNELS.filter((c) => institution.settings.channels.includes(c) && passkeysOn(institution.settings, c));
}

async function begin(slug: string, csrf: string) {
  const institution = await getInstitution(slug);
  const device = await linksDeviceHash();
  if (!institution || !device || !(await linksCsrfMatches(slug, csrf))) return null;
  return { institution, device };
}

export async function linksPasskeyLoginOptionsAction(slug: string, csrf: string): Promise<TOptions<PublicKeyCredentialRequestOptionsJSON>> {
  const started = await begin(slug, csrf);
  if (!started || (await passkeyChannels(started.institution)).length === 0) return expired;
  return { ok: true, options: await passkeyLoginOptions({ institution: started.institution, binding: linksBinding(started.device), channel: null }) };
}

export async function linksPasskeyLoginAction(slug: string, csrf: string, response: unknown): Promise<{ message: string }> {
  const started = await begin(slug, csrf);
  const channels = started ? await passkeyChannels(started.institution) : [];
  if (!started || channels.length === 0) return { message: EXPIRED_MESSAGE };
  const { institution, device } = started;
  const ip = await currentClientIp();
  const result = await verifyPasskeyLogin({ institution, channels, binding: linksBinding(device), response, ip, deviceHash: device, details: { for: "links" } });
  if (!result.ok) return { message: result.message };
  const reasons = await loginRiskReasons({ institution, userId: result.userId, deviceHash: device, ip, passkey: true });
  await db.$transaction((tx) => appendAuditEvent(tx, {
    institutionId: institution.id, actorType: "system", action: "risk.assessed", targetType: "user", targetId: result.userId, ip,
    details: { reasons, additionalAuth: reasons.length > 0, for: "links" },
  }));
  if (reasons.length === 0) await recordLoginPassed({ institutionId: institution.id, userId: result.userId, ip, deviceHash: device, factors: ["passkey"] });
  await startLinksSession(result.userId, institution.id, reasons.length ? ["passkey"] : null, true);
  redirect(`/${slug}/links`);
}

/** The signed-in customer who may register a passkey: logged in with the institution's own factors, in a channel with passkeys on. */
async function registrant(slug: string, csrf: string) {
  const started = await begin(slug, csrf);
  const session = started ? await linksSession(started.institution.id) : null;
  if (!started || !session || session.owesAnswer || session.passkey) return null;
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { institutionId: true, contract: { select: { channel: true } } } });
  if (!user || user.institutionId !== started.institution.id || !passkeysOn(started.institution.settings, user.contract.channel)) return null;
  return { ...started, userId: session.userId, channel: user.contract.channel };
}

export async function linksPasskeyRegistrationOptionsAction(slug: string, csrf: string): Promise<TOptions<PublicKeyCredentialCreationOptionsJSON>> {
  const who = await registrant(slug, csrf);
  if (!who) return expired;
  return { ok: true, options: await passkeyRegistrationOptions({ institution: who.institution, userId: who.userId, channel: who.channel, binding: linksBinding(who.device) }) };
}

export async function linksPasskeyRegisterAction(slug: string, csrf: string, response: unknown, name: string): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  const who = await registrant(slug, csrf);
  if (!who) return expired;
  const result = await registerPasskey({
    institution: who.institution, userId: who.userId, channel: who.channel, binding: linksBinding(who.device),
    response, name, ip: await currentClientIp(), details: { for: "links" },
  });
  return result.ok ? result : { ok: false, message: PASSKEY_REGISTER_REFUSED_MESSAGE };
}

/** 削除: only the signed-in customer's own passkey at this institution; anything else changes nothing. */
export async function deletePasskeyAction(slug: string, passkeyId: string, formData: FormData): Promise<void> {
  const institution = await getInstitution(slug);
  const session = institution ? await linksSession(institution.id) : null;
  if (!institution || !session || session.owesAnswer || !(await linksCsrfValid(slug, formData))) redirect(`/${slug}/links`);
  const deleted = await deletePasskey({ passkeyId, userId: session.userId, institutionId: institution.id, ip: await currentClientIp() });
  redirect(deleted ? `/${slug}/links?passkeyDeleted=${encodeURIComponent(passkeyId)}` : `/${slug}/links`);
}
