"use server";
// The preview gallery's forms submit nowhere: these actions change nothing and hand the sample state back.
import type { TFormState } from "@/lib/forms/form-state";

export async function previewFormAction(previous: TFormState): Promise<TFormState> {
  return previous;
}

export async function previewVoidAction(): Promise<void> {}
