// What a step's server action hands back to its form: errors beside fields, one message for the
// aria-live region, and the values to show again (never a secret).
import { EXPIRED_MESSAGE } from "./messages";

export type TFormState = { errors: Record<string, string>; message?: string; values: Record<string, string>; nonce?: number };

/** React resets a form after its action; forms re-mount on a new nonce so the kept values show again. */
export function withNonce(state: TFormState): TFormState {
  return { ...state, nonce: Date.now() };
}

/** The answer to a post whose screen is stale (its CSRF token or its login variant no longer holds). */
export function expiredFormState(): TFormState {
  return withNonce({ errors: {}, values: {}, message: EXPIRED_MESSAGE });
}

export const EMPTY_FORM_STATE: TFormState = { errors: {}, values: {} };
