"use server";
// 手順2 追加認証: the answer to the user's secret question (the bank checks it, lib/bank/customer-auth.ts),
// checked by lib/auth/check-secret-answer.ts. A right answer completes the login: only now do this browser and
// network become known to the risk check (lib/auth/record-login-passed.ts).
import { redirect } from "next/navigation";
import { checkSecretAnswer } from "@/lib/auth/check-secret-answer";
import { recordLoginPassed } from "@/lib/auth/record-login-passed";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";
import { csrfValid } from "../csrf";
import { expiredFormState, withNonce, type TFormState } from "@/lib/forms/form-state";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { CHECK_INPUT } from "@/lib/forms/messages";
import { requireStep } from "../require-step";
import { orUnavailableRedirect } from "../unavailable-redirect";
import { saveState } from "../save-state";
import { ZAnswerFormSchema } from "../step-forms";

/** The bank unavailable meanwhile: its page (../unavailable-redirect.ts). */
export async function additionalAuthAction(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  return orUnavailableRedirect(slug, interactionId, () => additionalAuth(slug, interactionId, _prev, formData));
}

async function additionalAuth(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["additional-auth"]);
  if (!csrfValid(interactionId, formData)) return expiredFormState();
  const parsed = ZAnswerFormSchema.safeParse({ answer: String(formData.get("answer") ?? "") });
  if (!parsed.success) return withNonce({ errors: issuesToFieldErrors(parsed.error.issues), values: {}, message: CHECK_INPUT });
  const ip = await currentClientIp();
  const userId = ctx.userId!;
  const check = await checkSecretAnswer({ institution: ctx.institution, userId, answer: parsed.data.answer, ip, deviceHash: ctx.deviceHash, details: { reasons: ctx.state.riskReasons } });
  if (!check.ok) return withNonce({ errors: check.errors, values: {}, message: check.message });
  const factors = [...ctx.state.factors, "answer" as const];
  await saveState(interactionId, { state: { ...ctx.state, answered: true, factors } });
  await recordLoginPassed({ institutionId: ctx.institution.id, userId, ip, deviceHash: ctx.deviceHash, factors });
  redirect(`/${slug}/authorize/${interactionId}`);
}
