"use server";
// キャンセル (or 戻る on the consent step) from any step: error=access_denied back to the aggregator.
import { redirect } from "next/navigation";
import { endCustomerSession } from "@/lib/auth/customer-session";
import { denyAuthorization } from "@/lib/oauth/deny-authorization";
import { csrfValid } from "../csrf";
import { loadStep } from "../load-step";
import { requestIp } from "../require-step";

export async function cancelAction(slug: string, interactionId: string, formData: FormData): Promise<void> {
  const ctx = await loadStep(slug, interactionId);
  if (ctx.kind === "ended" || !csrfValid(interactionId, formData)) redirect(`/${slug}/authorize/${interactionId}`);
  const { redirectUrl } = await denyAuthorization({ interactionId, ip: await requestIp() });
  await endCustomerSession();
  redirect(redirectUrl);
}
