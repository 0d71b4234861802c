"use server";
// 手順2 追加認証: the answer to the user's secret question (compared like a password, width-folded),
// checked by lib/auth/check-factor.ts. A right answer completes the login: only now do this browser and
// network become known to the risk check (lib/auth/record-login-passed.ts).
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { checkFactor } from "@/lib/auth/check-factor";
import { verifySecret } from "@/lib/auth/password";
import { recordLoginPassed } from "@/lib/auth/record-login-passed";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";
import { csrfValid } from "../csrf";
import { expiredFormState, withNonce, type TFormState } from "@/lib/forms/form-state";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { CHECK_INPUT } from "@/lib/forms/messages";
import { requireStep } from "../require-step";
import { saveState } from "../save-state";
import { ZAnswerFormSchema } from "../step-forms";
import { WRONG_ANSWER } from "@/lib/forms/messages";

export async function additionalAuthAction(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["additional-auth"]);
  if (!csrfValid(interactionId, formData)) return expiredFormState();
  const parsed = ZAnswerFormSchema.safeParse({ answer: String(formData.get("answer") ?? "") });
  if (!parsed.success) return withNonce({ errors: issuesToFieldErrors(parsed.error.issues), values: {}, message: CHECK_INPUT });
  const ip = await currentClientIp();
  const userId = ctx.userId!;
  const check = await checkFactor({
    institution: ctx.institution, factor: "answer", userId, ip, deviceHash: ctx.deviceHash, details: { reasons: ctx.state.riskReasons },
    verify: async () => verifySecret(parsed.data.answer, (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { secretAnswerHash: true } })).secretAnswerHash),
    wrong: { field: "answer", message: WRONG_ANSWER },
  });
  if (!check.ok) return withNonce({ errors: check.errors, values: {}, message: check.message });
  const factors = [...ctx.state.factors, "answer" as const];
  await saveState(interactionId, { state: { ...ctx.state, answered: true, factors } });
  await recordLoginPassed({ institutionId: ctx.institution.id, userId, ip, deviceHash: ctx.deviceHash, factors });
  redirect(`/${slug}/authorize/${interactionId}`);
}
