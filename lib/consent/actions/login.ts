"use server";
// 本人確認 with an ID and password (+ ワンタイムパスワード): lib/auth/check-password-login.ts checks and
// records each factor; then the risk check, the session, and on to the next step.
import { redirect } from "next/navigation";
import { checkPasswordLogin } from "@/lib/auth/check-password-login";
import { csrfValid } from "../csrf";
import { finishLogin } from "../finish-login";
import { expiredFormState, type TFormState } from "@/lib/forms/form-state";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { requireStep } from "../require-step";
import { orUnavailableRedirect } from "../unavailable-redirect";

/** The bank unavailable meanwhile: its page (../unavailable-redirect.ts). */
export async function loginAction(slug: string, interactionId: string, methodIndex: number, _prev: TFormState, formData: FormData): Promise<TFormState> {
  return orUnavailableRedirect(slug, interactionId, () => login(slug, interactionId, methodIndex, _prev, formData));
}

async function login(slug: string, interactionId: string, methodIndex: number, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["login"]);
  const channel = ctx.channel!;
  const method = ctx.institution.settings.login[channel][methodIndex];
  if (!method || method.kind === "certificate" || !csrfValid(interactionId, formData)) return expiredFormState();
  const ip = await currentClientIp();
  const result = await checkPasswordLogin({ institution: ctx.institution, channel, method, formData, ip, deviceHash: ctx.deviceHash });
  if (!result.ok) return result.state;
  await finishLogin(ctx, { userId: result.userId, state: { ...ctx.state, loginMethod: method.kind, factors: result.factors }, ip });
  redirect(`/${slug}/authorize/${interactionId}`);
}
