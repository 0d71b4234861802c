"use server";
// 手順1-1 ②: after the certificate, the ログインパスワード of the user it names, and API連携.
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/auth/password";
import { isLocked, LOCKED_MESSAGE } from "@/lib/auth/lockout";
import { recordAttempt } from "@/lib/auth/record-attempt";
import { csrfValid } from "../csrf";
import { finishLogin } from "../finish-login";
import { withNonce, type TFormState } from "../form-state";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { requireStep } from "../require-step";
import { WRONG_LOGIN } from "../messages";

export async function certificatePasswordAction(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["certificate-password"]);
  if (!csrfValid(interactionId, formData)) return withNonce({ errors: {}, values: {}, message: "画面の有効期限が切れました。もう一度お試しください。" });
  const password = String(formData.get("password") ?? "");
  if (!password) return withNonce({ errors: { password: "ログインパスワードを入力してください。" }, values: {}, message: "入力内容をご確認ください。" });
  const ip = await currentClientIp();
  const userId = ctx.userId!;
  if (await isLocked(ctx.institution.settings, { userId, factor: "password", ip })) return withNonce({ errors: {}, values: {}, message: LOCKED_MESSAGE });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifySecret(password, user.passwordHash))) {
    await recordAttempt({ institutionId: ctx.institution.id, userId, factor: "password", success: false, ip, deviceHash: ctx.deviceHash });
    const locked = await isLocked(ctx.institution.settings, { userId, factor: "password", ip });
    return withNonce({ errors: locked ? {} : { password: WRONG_LOGIN }, values: {}, message: locked ? LOCKED_MESSAGE : "入力内容をご確認ください。" });
  }
  await finishLogin(ctx, { userId, state: { ...ctx.state, factors: ["certificate", "password"] }, ip });
  await recordAttempt({ institutionId: ctx.institution.id, userId, factor: "password", success: true, ip, deviceHash: ctx.deviceHash });
  redirect(`/${slug}/authorize/${interactionId}`);
}
