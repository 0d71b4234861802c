"use server";
// The console's lifecycle-event actions on a client's page: set its event_delivery_uri, and send one
// event again now. Each reads the operator's scope first; lib/console enforces it again on the rows.
import { redirect } from "next/navigation";
import { requireOperator } from "../require-operator";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { ConsoleForbidden } from "../operator-scope";
import { outcomeOf } from "../outcome-of";
import { retrySecurityEvent } from "../retry-security-event";
import { setEventDeliveryUri } from "../set-event-delivery-uri";

export type TEventUriFormState = { error?: string; value: string; saved?: boolean };

// The client comes as a form field, not a bound argument: a bound action under useActionState never answered
// a form posted without JavaScript (the page's request hung, the change saved); a plain action with its
// fields in the form answers both ways (e2e/management-console.spec.ts, "without JavaScript").
export async function setEventDeliveryUriAction(_prev: TEventUriFormState, formData: FormData): Promise<TEventUriFormState> {
  const scope = await requireOperator();
  const clientId = String(formData.get("clientId") ?? "");
  const value = String(formData.get("eventDeliveryUri") ?? "");
  try {
    const result = await setEventDeliveryUri(scope, clientId, value, await currentClientIp());
    return result.ok ? { value: value.trim(), saved: true } : { value, error: result.error };
  } catch (error) {
    if (error instanceof ConsoleForbidden) return { value, error: error.message };
    throw error;
  }
}

export async function retrySecurityEventAction(formData: FormData): Promise<void> {
  const scope = await requireOperator();
  const clientId = String(formData.get("clientId") ?? "");
  const outcome = await outcomeOf(async () => {
    await retrySecurityEvent(scope, String(formData.get("eventId") ?? ""), await currentClientIp());
    return "event-retry";
  });
  redirect(`/console/clients/${encodeURIComponent(clientId)}?done=${outcome}`);
}
