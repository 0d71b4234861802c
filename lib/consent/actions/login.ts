"use server";
// 本人確認 with an ID and password (+ ワンタイムパスワード): lib/auth/check-password-login.ts checks it;
// then the risk check, the session, and on to the next step.
import { redirect } from "next/navigation";
import { checkPasswordLogin } from "@/lib/auth/check-password-login";
import { recordAttempt } from "@/lib/auth/record-attempt";
import { csrfValid } from "../csrf";
import { finishLogin } from "../finish-login";
import { withNonce, type TFormState } from "../form-state";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { requireStep } from "../require-step";

export async function loginAction(slug: string, interactionId: string, methodIndex: number, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["login"]);
  const channel = ctx.channel!;
  const method = ctx.institution.settings.login[channel][methodIndex];
  if (!method || method.kind === "certificate" || !csrfValid(interactionId, formData)) return withNonce({ errors: {}, values: {}, message: "画面の有効期限が切れました。もう一度お試しください。" });
  const ip = await currentClientIp();
  const result = await checkPasswordLogin({ institution: ctx.institution, channel, method, formData, ip, deviceHash: ctx.deviceHash });
  if (!result.ok) return result.state;
  // the risk check reads earlier attempts, so it runs before this success is recorded
  await finishLogin(ctx, { userId: result.userId, state: { ...ctx.state, loginMethod: method.kind, factors: result.factors }, ip });
  for (const factor of result.factors) await recordAttempt({ institutionId: ctx.institution.id, userId: result.userId, factor, success: true, ip, deviceHash: ctx.deviceHash });
  redirect(`/${slug}/authorize/${interactionId}`);
}
