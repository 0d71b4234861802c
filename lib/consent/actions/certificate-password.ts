"use server";
// 手順1-1 ②: after the certificate, the ログインパスワード of the user it names (lib/auth/check-factor.ts),
// and API連携.
import { redirect } from "next/navigation";
import { customerAuthFor } from "@/lib/bank/bank-for";
import { customerRefOf } from "@/lib/bank/local-refs";
import { checkFactor } from "@/lib/auth/check-factor";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";
import { csrfValid } from "../csrf";
import { finishLogin } from "../finish-login";
import { expiredFormState, withNonce, type TFormState } from "@/lib/forms/form-state";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { CHECK_INPUT, WRONG_LOGIN } from "@/lib/forms/messages";
import { requireStep } from "../require-step";
import { orUnavailableRedirect } from "../unavailable-redirect";
import { ZCertificatePasswordFormSchema } from "../step-forms";

/** The bank unavailable meanwhile: its page (../unavailable-redirect.ts). */
export async function certificatePasswordAction(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  return orUnavailableRedirect(slug, interactionId, () => certificatePassword(slug, interactionId, _prev, formData));
}

async function certificatePassword(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["certificate-password"]);
  if (!csrfValid(interactionId, formData)) return expiredFormState();
  const parsed = ZCertificatePasswordFormSchema.safeParse({ password: String(formData.get("password") ?? "") });
  if (!parsed.success) return withNonce({ errors: issuesToFieldErrors(parsed.error.issues), values: {}, message: CHECK_INPUT });
  const ip = await currentClientIp();
  const userId = ctx.userId!;
  const check = await checkFactor({
    institution: ctx.institution, factor: "password", userId, ip, deviceHash: ctx.deviceHash,
    verify: async () => customerAuthFor(ctx.institution).checkPassword(await customerRefOf(ctx.institution, userId), parsed.data.password),
    wrong: { field: "password", message: WRONG_LOGIN },
  });
  if (!check.ok) return withNonce({ errors: check.errors, values: {}, message: check.message });
  await finishLogin(ctx, { userId, state: { ...ctx.state, factors: ["certificate", "password"] }, ip });
  redirect(`/${slug}/authorize/${interactionId}`);
}
