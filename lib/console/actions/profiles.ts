"use server";
// The console's security-profile actions (/console/profiles): move a baseline client's sunset, switch a
// client to fapi2, set an institution's baseline settings. Each reads the operator's scope first; lib/console
// enforces it again on the rows it touches. Success goes back to the page with its notice; a refusal stays
// on the form with the message beside its field.
import { redirect } from "next/navigation";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { requireOperator } from "../require-operator";
import { ConsoleForbidden } from "../operator-scope";
import { moveProfileSunset } from "../move-profile-sunset";
import { setBaselineSettings } from "../set-baseline-settings";
import { switchClientToFapi2 } from "../switch-client-to-fapi2";

/** A refusal: the message beside each field, and what was entered (React resets a form after its action). */
export type TProfileFormState = { errors: Record<string, string>; values?: Record<string, string | boolean> };

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

async function refusedOr(values: Record<string, string | boolean>, change: () => Promise<Record<string, string> | null>): Promise<TProfileFormState | null> {
  try {
    const errors = await change();
    return errors ? { errors, values } : null;
  } catch (error) {
    if (error instanceof ConsoleForbidden) return { errors: { form: error.message }, values };
    throw error;
  }
}

export async function moveSunsetAction(_prev: TProfileFormState, formData: FormData): Promise<TProfileFormState> {
  const scope = await requireOperator();
  const input = { clientId: text(formData, "clientId"), lastDay: text(formData, "lastDay") };
  const refused = await refusedOr(input, async () => {
    const result = await moveProfileSunset(scope, input, await currentClientIp());
    return result.ok ? null : { lastDay: result.message };
  });
  if (refused) return refused;
  redirect("/console/profiles?done=sunset-moved");
}

export async function switchToFapi2Action(_prev: TProfileFormState, formData: FormData): Promise<TProfileFormState> {
  const scope = await requireOperator();
  const input = { clientId: text(formData, "clientId"), authMethod: text(formData, "authMethod"), jwks: text(formData, "jwks"), jwksUri: text(formData, "jwksUri"), tlsSubjectDn: text(formData, "tlsSubjectDn") };
  const refused = await refusedOr(input, async () => {
    const result = await switchClientToFapi2(scope, input, await currentClientIp());
    return result.ok ? null : result.errors;
  });
  if (refused) return refused;
  redirect("/console/profiles?done=switched-fapi2");
}

export async function setBaselineSettingsAction(_prev: TProfileFormState, formData: FormData): Promise<TProfileFormState> {
  const scope = await requireOperator();
  const input = {
    institutionId: text(formData, "institutionId"), enabled: formData.get("enabled") === "on",
    defaultSunsetDays: text(formData, "defaultSunsetDays"), accessTokenSeconds: text(formData, "accessTokenSeconds"),
  };
  const refused = await refusedOr(input, async () => {
    const result = await setBaselineSettings(scope, input, await currentClientIp());
    return result.ok ? null : result.errors;
  });
  if (refused) return refused;
  redirect("/console/profiles?done=profiles-saved");
}
