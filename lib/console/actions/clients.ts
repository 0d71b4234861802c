"use server";
// The console's client actions: register, suspend / resume at an institution, set 連携開始日, and list
// on or take off the public 連携先一覧.
// Each reads the operator's scope first; lib/console enforces it again on the rows it touches.
import { redirect } from "next/navigation";
import { requireOperator } from "../require-operator";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { ConsoleForbidden } from "../operator-scope";
import { outcomeOf } from "../outcome-of";
import { readConsoleClientForm } from "../parse-client-form";
import { registerConsoleClient } from "../register-console-client";
import { setClientStatus } from "../set-client-status";
import { setPartnerDates } from "../set-partner-dates";
import { setPartnerListing } from "../set-partner-listing";
import { sunsetLastDay } from "@/lib/oauth/clients/sunset-date";

export type TClientFormState = {
  errors: Record<string, string>;
  values: Record<string, unknown>;
  created?: { clientId: string; clientSecret: string | null; sunsetDay?: string };
};

export async function registerClientAction(_prev: TClientFormState, formData: FormData): Promise<TClientFormState> {
  const scope = await requireOperator();
  const input = readConsoleClientForm(formData, scope.institutionIds);
  try {
    const result = await registerConsoleClient(scope, input, await currentClientIp());
    if (!result.ok) return { errors: result.errors, values: input };
    return { errors: {}, values: {}, created: { clientId: result.clientId, clientSecret: result.clientSecret, ...(result.sunsetAt ? { sunsetDay: sunsetLastDay(result.sunsetAt) } : {}) } };
  } catch (error) {
    if (error instanceof ConsoleForbidden) return { errors: { form: error.message }, values: input };
    throw error;
  }
}

export async function setClientStatusAction(formData: FormData): Promise<void> {
  const scope = await requireOperator();
  const clientId = String(formData.get("clientId") ?? "");
  const status = formData.get("status") === "suspended" ? "suspended" : "active";
  const outcome = await outcomeOf(async () => {
    const done = await setClientStatus(scope, { clientId, institutionId: String(formData.get("institutionId") ?? ""), status }, await currentClientIp());
    return done === "unchanged" ? (status === "suspended" ? "suspended" : "resumed") : done;
  });
  redirect(`/console/clients/${encodeURIComponent(clientId)}?done=${outcome}`);
}

export async function setPartnerDatesAction(formData: FormData): Promise<void> {
  const scope = await requireOperator();
  const clientId = String(formData.get("clientId") ?? "");
  const outcome = await outcomeOf(async () =>
    setPartnerDates(scope, {
      clientId, institutionId: String(formData.get("institutionId") ?? ""),
      personalSince: String(formData.get("personalSince") ?? ""), corporateSince: String(formData.get("corporateSince") ?? ""),
    }, await currentClientIp()),
  );
  redirect(`/console/clients/${encodeURIComponent(clientId)}?done=${outcome}`);
}

export async function setPartnerListingAction(formData: FormData): Promise<void> {
  const scope = await requireOperator();
  const clientId = String(formData.get("clientId") ?? "");
  const outcome = await outcomeOf(async () =>
    setPartnerListing(scope, { clientId, institutionId: String(formData.get("institutionId") ?? ""), listed: formData.get("listed") === "1" }, await currentClientIp()),
  );
  redirect(`/console/clients/${encodeURIComponent(clientId)}?done=${outcome}`);
}
