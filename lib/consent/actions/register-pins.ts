"use server";
// 手順4 照会用暗証番号登録: each selected 未登録 account's PIN is checked against the one filed with the
// bank. A right one becomes 登録済み* (effective when the consent completes); a wrong one gets an
// error beside its field and counts toward the lockout (lib/auth/check-factor.ts; a right PIN for one
// account does not clear the failures of another). 手順5's two buttons are here too.
import { redirect } from "next/navigation";
import { customerAuthFor } from "@/lib/bank/bank-for";
import { customerRefOf } from "@/lib/bank/local-refs";
import { checkFactor } from "@/lib/auth/check-factor";
import { csrfValid } from "../csrf";
import { expiredFormState, withNonce, type TFormState } from "@/lib/forms/form-state";
import { listPinAccounts } from "../list-pin-accounts";
import { CHECK_PINS, WRONG_PIN } from "@/lib/forms/messages";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { requireStep } from "../require-step";
import { orUnavailableRedirect } from "../unavailable-redirect";
import { saveState } from "../save-state";

/** The bank unavailable meanwhile: its page (../unavailable-redirect.ts). */
export async function registerPinsAction(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  return orUnavailableRedirect(slug, interactionId, () => registerPins(slug, interactionId, _prev, formData));
}

async function registerPins(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["pins"]);
  if (!csrfValid(interactionId, formData)) return expiredFormState();
  const userId = ctx.userId!;
  const accounts = (await listPinAccounts(ctx.institution, userId, ctx.state.pendingPinAccountIds)).filter((a) => a.state === "未登録");
  if (accounts.length === 0) {
    // nothing is 未登録 any more (registered meanwhile, e.g. in another flow): on to the result
    await saveState(interactionId, { state: { ...ctx.state, pinView: "result" } });
    redirect(`/${slug}/authorize/${interactionId}`);
  }
  const selected = accounts.filter((a) => formData.get(`select_${a.id}`) === "on");
  const values = Object.fromEntries(selected.map((a) => [`select_${a.id}`, "on"]));
  if (selected.length === 0) return withNonce({ errors: { form: "照会用暗証番号を登録する口座を選択してください。" }, values, message: "照会用暗証番号を登録する口座を選択してください。" });

  const ip = await currentClientIp();
  const errors: Record<string, string> = {};
  const verified: string[] = [];
  let locked: string | null = null; // the lockout's message
  const bank = customerAuthFor(ctx.institution);
  const customerRef = await customerRefOf(ctx.institution, userId);
  for (const account of selected) {
    const pin = String(formData.get(`pin_${account.id}`) ?? "");
    if (!/^\d{4}$/.test(pin)) {
      errors[`pin_${account.id}`] = "照会用暗証番号は4桁の数字で入力してください。";
      continue;
    }
    const check = await checkFactor({
      institution: ctx.institution, factor: "pin", userId, ip, deviceHash: ctx.deviceHash, details: { account: account.label },
      verify: () => bank.checkPin(customerRef, account.ref, pin),
      wrong: { field: `pin_${account.id}`, message: WRONG_PIN },
    });
    if (check.ok) {
      verified.push(account.id);
    } else if (check.locked) {
      locked = check.message; // before this PIN or by its failure: the rest are not tried
      break;
    } else {
      Object.assign(errors, check.errors);
    }
  }
  const pending = [...new Set([...ctx.state.pendingPinAccountIds, ...verified])];
  const hasErrors = locked !== null || Object.keys(errors).length > 0;
  await saveState(interactionId, { state: { ...ctx.state, pendingPinAccountIds: pending, pinView: hasErrors ? "form" : "result" } });
  if (hasErrors) return withNonce({ errors: locked ? {} : errors, values, message: locked ?? CHECK_PINS });
  redirect(`/${slug}/authorize/${interactionId}`);
}

export async function pinsResultAction(slug: string, interactionId: string, formData: FormData): Promise<void> {
  const ctx = await requireStep(slug, interactionId, ["pins-result"]);
  if (csrfValid(interactionId, formData)) {
    const more = formData.get("next") === "more"; // 照会用暗証番号の追加登録 (back to 手順4) or 確認 (on to 手順6)
    await saveState(interactionId, { state: { ...ctx.state, pinView: more ? "form" : "result", pinsConfirmed: !more } });
  }
  redirect(`/${slug}/authorize/${interactionId}`);
}
