"use server";
// 手順2 追加認証: the answer to the user's secret question (compared like a password, width-folded).
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/auth/password";
import { isLocked, LOCKED_MESSAGE } from "@/lib/auth/lockout";
import { recordAttempt } from "@/lib/auth/record-attempt";
import { recordLoginPassed } from "@/lib/auth/record-login-passed";
import { csrfValid } from "../csrf";
import { withNonce, type TFormState } from "../form-state";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { requireStep } from "../require-step";
import { saveState } from "../save-state";

export async function additionalAuthAction(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["additional-auth"]);
  if (!csrfValid(interactionId, formData)) return withNonce({ errors: {}, values: {}, message: "画面の有効期限が切れました。もう一度お試しください。" });
  const answer = String(formData.get("answer") ?? "").trim();
  if (!answer) return withNonce({ errors: { answer: "回答を入力してください。" }, values: {}, message: "入力内容をご確認ください。" });
  if (answer.length > 100) return withNonce({ errors: { answer: "回答は100文字以内で入力してください。" }, values: {}, message: "入力内容をご確認ください。" });
  const ip = await currentClientIp();
  const userId = ctx.userId!;
  if (await isLocked(ctx.institution.settings, { userId, factor: "answer", ip })) return withNonce({ errors: {}, values: {}, message: LOCKED_MESSAGE });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { secretAnswerHash: true } });
  if (!(await verifySecret(answer, user.secretAnswerHash))) {
    await recordAttempt({ institutionId: ctx.institution.id, userId, factor: "answer", success: false, ip, deviceHash: ctx.deviceHash });
    const locked = await isLocked(ctx.institution.settings, { userId, factor: "answer", ip });
    return withNonce({ errors: locked ? {} : { answer: "回答が正しくありません。" }, values: {}, message: locked ? LOCKED_MESSAGE : "入力内容をご確認ください。" });
  }
  await recordAttempt({ institutionId: ctx.institution.id, userId, factor: "answer", success: true, ip, deviceHash: ctx.deviceHash, details: { reasons: ctx.state.riskReasons } });
  const factors = [...ctx.state.factors, "answer" as const];
  await saveState(interactionId, { state: { ...ctx.state, answered: true, factors } });
  // every step this login was asked for has passed: only now do this browser and network become known
  await recordLoginPassed({ institutionId: ctx.institution.id, userId, ip, deviceHash: ctx.deviceHash, factors });
  redirect(`/${slug}/authorize/${interactionId}`);
}
