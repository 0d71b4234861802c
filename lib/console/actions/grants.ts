"use server";
// An operator stops a link (grant) after the confirmation state of /console/grants, giving a reason.
import { redirect } from "next/navigation";
import { requireOperator } from "../require-operator";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { outcomeOf } from "../outcome-of";
import { revokeGrantAsOperator, RevokeReasonInvalid } from "../revoke-grant-as-operator";

export async function revokeGrantAction(formData: FormData): Promise<void> {
  const scope = await requireOperator();
  const grantId = String(formData.get("grantId") ?? "");
  const outcome = await outcomeOf(async () => {
    try {
      await revokeGrantAsOperator(scope, grantId, String(formData.get("reason") ?? ""), await currentClientIp());
      return "revoked";
    } catch (error) {
      if (error instanceof RevokeReasonInvalid) return "needs-reason";
      throw error;
    }
  });
  const back = String(formData.get("back") ?? "");
  const again = outcome === "needs-reason" ? `confirm=${encodeURIComponent(grantId)}&` : "";
  redirect(`/console/grants?${back.startsWith("?") && back.length > 1 ? back.slice(1) + "&" : ""}${again}done=${outcome}`);
}
