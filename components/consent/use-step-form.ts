"use client";
// A consent form's client side: React's form action (works without JavaScript: the server action runs
// and the page comes back with its state), react-hook-form with the same zod schema as the server for
// feedback as the customer leaves a field, and the same schema checked on submit. Submission is stopped
// only when the schema refuses the values; the errors then sit beside their fields, and focus moves to the
// first field in error (or, when no field is, to the form's message), so that a screen reader says the
// field and its message (WCAG 3.3.1) instead of focus falling to <body>.
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { EMPTY_FORM_STATE, type TFormState } from "@/lib/forms/form-state";
import { issuesToFieldErrors } from "@/lib/forms/issues-to-field-errors";

export type TStepAction = (prev: TFormState, formData: FormData) => Promise<TFormState>;

export function useStepForm(action: TStepAction, schema: z.ZodType<FieldValues> | null, initial: TFormState = EMPTY_FORM_STATE) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [submitErrors, setSubmitErrors] = useState<Record<string, string>>({});
  const form = useForm<FieldValues>({ resolver: schema ? zodResolver(schema as never) : undefined, mode: "onBlur" });
  const { reset, getValues } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  const answered = useRef(state.nonce);

  // After the server answered, show what it kept (never a secret): react-hook-form would otherwise
  // put back every value it remembers, passwords included.
  useEffect(() => {
    if (state.nonce) reset(Object.fromEntries(Object.keys(getValues()).map((name) => [name, state.values[name] ?? ""])));
  }, [state.nonce, state.values, reset, getValues]);

  // After a refused submit, and after each answer of the server (not on the first render: a screen shown
  // with an error from the start, as the guide's previews are, keeps focus where the browser put it).
  useEffect(() => {
    if (state.nonce === answered.current && !refusals) return;
    answered.current = state.nonce;
    focusFirstError(formRef.current);
  }, [state.nonce, refusals]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!schema) return;
    const result = schema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (result.success) return setSubmitErrors({});
    event.preventDefault();
    setSubmitErrors(issuesToFieldErrors(result.error.issues));
    setRefusals((n) => n + 1);
  };
  // Typing clears the field's message at once (react-hook-form, in onBlur mode without its own
  // handleSubmit, would only re-check on the next blur). Otherwise the blur of pressing the button removes
  // the message, the button moves up under the pointer and the press never becomes a click.
  const register = (name: string) =>
    form.register(name, {
      onChange: () => {
        setSubmitErrors((e) => ({ ...e, [name]: "" }));
        form.clearErrors(name);
      },
    });
  const errorOf = (name: string) => submitErrors[name] || (form.formState.errors[name]?.message as string | undefined) || state.errors[name];
  return { state, formAction, pending, register, onSubmit, errorOf, formRef };
}

/** The first field marked aria-invalid, or else the form's message (components/consent/form-message.tsx). */
function focusFirstError(form: HTMLFormElement | null) {
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>("[data-form-message]");
  target?.focus();
}
