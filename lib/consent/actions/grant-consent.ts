"use server";
// 手順6 アクセス許可: 許可 with the checkbox ticked makes the grant, makes the 登録済み* PINs effective,
// and sends the customer back to the aggregator with code, state and iss.
import { redirect } from "next/navigation";
import { endCustomerSession } from "@/lib/auth/customer-session";
import { completeAuthorization } from "@/lib/oauth/complete-authorization";
import { csrfValid } from "../csrf";
import { withNonce, type TFormState } from "../form-state";
import { grantAccounts, listPinAccounts } from "../list-pin-accounts";
import { grantedScopes } from "../next-step";
import { requestIp, requireStep } from "../require-step";

export async function grantConsentAction(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["consent"]);
  if (!csrfValid(interactionId, formData)) return withNonce({ errors: {}, values: {}, message: "画面の有効期限が切れました。もう一度お試しください。" });
  if (formData.get("agree") !== "on") {
    const label = ctx.institution.settings.consent.checkbox === "continue" ? "許可手続きを継続する" : "利用規定への同意";
    return withNonce({ errors: { agree: `「${label}」にチェックしてください。` }, values: {}, message: `「${label}」にチェックしてください。` });
  }
  const pinStep = ctx.institution.settings.steps.pinRegistration;
  const accounts = grantAccounts(await listPinAccounts(ctx.userId!, ctx.state.pendingPinAccountIds), pinStep);
  if (accounts.length === 0) return withNonce({ errors: {}, values: {}, message: "連携できる口座がありません。照会用暗証番号を登録してください。" });
  const { redirectUrl } = await completeAuthorization({
    interactionId, userId: ctx.userId!, scopes: grantedScopes(ctx), accountIds: accounts.map((a) => a.id), ip: await requestIp(),
    registerPinAccountIds: pinStep ? ctx.state.pendingPinAccountIds : [],
  });
  await endCustomerSession();
  redirect(redirectUrl);
}
