"use server";
// Passkeys in the consent flow (lib/passkeys/), called from script (components/passkeys/):
//   - 本人確認: 「パスキーでログイン」 on the login step, where the institution turned passkeys on for the channel.
//     A passkey that passes replaces the password and the ワンタイムパスワード; the flow goes on with the
//     institution's following steps (finish-login.ts: 追加認証 only where settings.passkeys.additionalAuth says,
//     then 認可業務選択, 照会用暗証番号登録, アクセス許可).
//   - 「パスキーを登録」 on アクセス許可: only after a login with the institution's own factors (a passkey login
//     does not register another passkey).
// The challenges are bound to this interaction; each call carries the interaction's CSRF token besides the
// Origin check Next applies to server actions.
import { redirect } from "next/navigation";
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { EXPIRED_MESSAGE } from "@/lib/forms/messages";
import { interactionBinding } from "@/lib/passkeys/passkey-challenge";
import { passkeyLoginOptions, verifyPasskeyLogin } from "@/lib/passkeys/verify-passkey-login";
import { PASSKEY_REGISTER_REFUSED_MESSAGE } from "@/lib/passkeys/passkey-refusal";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/passkeys/register-passkey";
import { passkeysOn } from "@/lib/passkeys/relying-party";
import { csrfMatches } from "../csrf";
import { finishLogin } from "../finish-login";
import type { TLiveStep } from "../load-step";
import { requireStep } from "../require-step";
import { orUnavailableRedirect } from "../unavailable-redirect";

type TOptions<T> = { ok: true; options: T } | { ok: false; message: string };
const expired = { ok: false, message: EXPIRED_MESSAGE } as const;

/** The consent step's customer logged in with the institution's own factors (and answered 追加認証 where asked). */
function mayRegister(ctx: TLiveStep): boolean {
  return ctx.state.authenticated && ctx.userId !== null && !ctx.state.factors.includes("passkey") && passkeysOn(ctx.institution.settings, ctx.channel);
}

export async function passkeyLoginOptionsAction(slug: string, interactionId: string, csrf: string): Promise<TOptions<PublicKeyCredentialRequestOptionsJSON>> {
  const ctx = await requireStep(slug, interactionId, ["login"]);
  if (!csrfMatches(interactionId, csrf) || !passkeysOn(ctx.institution.settings, ctx.channel)) return expired;
  return { ok: true, options: await passkeyLoginOptions({ institution: ctx.institution, binding: interactionBinding(interactionId), channel: ctx.channel }) };
}

export async function passkeyLoginAction(slug: string, interactionId: string, csrf: string, response: unknown): Promise<{ message: string }> {
  return orUnavailableRedirect(slug, interactionId, async () => {
    const ctx = await requireStep(slug, interactionId, ["login"]);
    if (!csrfMatches(interactionId, csrf) || !passkeysOn(ctx.institution.settings, ctx.channel)) return { message: EXPIRED_MESSAGE };
    const ip = await currentClientIp();
    const result = await verifyPasskeyLogin({
      institution: ctx.institution, channels: [ctx.channel!], binding: interactionBinding(interactionId), response, ip, deviceHash: ctx.deviceHash,
      details: { for: "consent" },
    });
    if (!result.ok) return { message: result.message };
    await finishLogin(ctx, { userId: result.userId, state: { ...ctx.state, loginMethod: "passkey", factors: ["passkey"], passkeyKey: result.passkeyKey }, ip });
    redirect(`/${slug}/authorize/${interactionId}`);
  });
}

export async function passkeyRegistrationOptionsAction(slug: string, interactionId: string, csrf: string): Promise<TOptions<PublicKeyCredentialCreationOptionsJSON>> {
  const ctx = await requireStep(slug, interactionId, ["consent"]);
  if (!csrfMatches(interactionId, csrf) || !mayRegister(ctx)) return expired;
  return {
    ok: true,
    options: await passkeyRegistrationOptions({ institution: ctx.institution, userId: ctx.userId!, channel: ctx.channel!, binding: interactionBinding(interactionId) }),
  };
}

export async function passkeyRegisterAction(slug: string, interactionId: string, csrf: string, response: unknown, name: string): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  const ctx = await requireStep(slug, interactionId, ["consent"]);
  if (!csrfMatches(interactionId, csrf) || !mayRegister(ctx)) return expired;
  const result = await registerPasskey({
    institution: ctx.institution, userId: ctx.userId!, channel: ctx.channel!, binding: interactionBinding(interactionId),
    response, name, ip: await currentClientIp(), details: { for: "consent" },
  });
  return result.ok ? result : { ok: false, message: PASSKEY_REGISTER_REFUSED_MESSAGE };
}
