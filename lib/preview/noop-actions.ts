"use server";
// The preview gallery's forms submit nowhere: these actions change nothing and hand the sample state back.
import type { TFormState } from "@/lib/forms/form-state";

export async function previewFormAction(previous: TFormState): Promise<TFormState> {
  return previous;
}

export async function previewVoidAction(): Promise<void> {}

/** The passkey controls' actions in the gallery: never called (the preview draws them without a click handler). */
export async function previewPasskeyOptionsAction(): Promise<{ ok: false; message: string }> {
  return { ok: false, message: "" };
}

export async function previewPasskeyLoginAction(): Promise<{ message: string }> {
  return { message: "" };
}

export async function previewPasskeyRegisterAction(): Promise<{ ok: false; message: string }> {
  return { ok: false, message: "" };
}
