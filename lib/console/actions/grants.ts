"use server";
// An operator stops a link (grant) after the confirmation state of /console/grants.
import { redirect } from "next/navigation";
import { requireOperator } from "../require-operator";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { outcomeOf } from "../outcome-of";
import { revokeGrantAsOperator } from "../revoke-grant-as-operator";

export async function revokeGrantAction(formData: FormData): Promise<void> {
  const scope = await requireOperator();
  const outcome = await outcomeOf(async () => {
    await revokeGrantAsOperator(scope, String(formData.get("grantId") ?? ""), await currentClientIp());
    return "revoked";
  });
  const back = String(formData.get("back") ?? "");
  redirect(`/console/grants?${back.startsWith("?") ? back.slice(1) + "&" : ""}done=${outcome}`);
}
