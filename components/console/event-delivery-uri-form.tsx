"use client";
// イベント通知先 (event_delivery_uri) of one client: where its lifecycle Security Event Tokens go.
// Works without JavaScript; the error sits beside the field and the entered value is kept.
import { useActionState } from "react";
import { TextField } from "@/components/consent/text-field";
import { setEventDeliveryUriAction, type TEventUriFormState } from "@/lib/console/actions/events";

export function EventDeliveryUriForm({ clientId, value }: { clientId: string; value: string }) {
  const [state, action, pending] = useActionState(setEventDeliveryUriAction, { value } as TEventUriFormState);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      <fieldset disabled={pending} className="flex flex-wrap items-end gap-3">
        <div className="min-w-80 flex-1">
          <TextField name="eventDeliveryUri" label="イベント通知先URI（event_delivery_uri、空欄で通知しない）" defaultValue={state.value} error={state.error} placeholder="https://aggregator.example/renkei/events" />
        </div>
        <button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">イベント通知先を保存</button>
      </fieldset>
      <div aria-live="polite">{state.saved ? <p role="status" className="font-bold">イベント通知先を保存しました。</p> : null}</div>
    </form>
  );
}
