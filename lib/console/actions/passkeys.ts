"use server";
// /console/passkeys: an institution's passkey settings (lib/console/set-passkey-settings.ts). A plain form post.
import { redirect } from "next/navigation";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { requireOperator } from "../require-operator";
import { ConsoleForbidden } from "../operator-scope";
import { setPasskeySettings } from "../set-passkey-settings";

export async function setPasskeySettingsAction(formData: FormData): Promise<void> {
  const scope = await requireOperator();
  const on = (name: string) => formData.get(name) === "on";
  try {
    await setPasskeySettings(scope, {
      institutionId: String(formData.get("institutionId") ?? ""), personal: on("personal"), corporate: on("corporate"), additionalAuth: on("additionalAuth"),
    }, await currentClientIp());
  } catch (error) {
    if (error instanceof ConsoleForbidden) redirect("/console/passkeys?done=forbidden");
    throw error;
  }
  redirect("/console/passkeys?done=passkeys-saved");
}
