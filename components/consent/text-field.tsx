// A labelled input with its error beside it (aria-describedby), as the seeds lay out their forms.
import type { InputHTMLAttributes } from "react";

type TProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string };

export function TextField({ name, label, error, id, ...input }: TProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block font-bold">{label}</label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        className={`block w-full rounded-theme border bg-white px-3 py-2 text-base ${error ? "border-error" : "border-black/30"}`}
        {...input}
      />
      {error ? <p id={`${fieldId}-error`} className="text-sm font-bold text-error">{error}</p> : null}
    </div>
  );
}
