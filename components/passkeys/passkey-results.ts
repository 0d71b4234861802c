// What the passkey server actions hand back to the browser (lib/consent/actions/passkey.ts, lib/links/passkey-actions.ts).
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";

export type TPasskeyOptionsResult<T> = { ok: true; options: T } | { ok: false; message: string };
export type TLoginOptionsAction = () => Promise<TPasskeyOptionsResult<PublicKeyCredentialRequestOptionsJSON>>;
export type TRegistrationOptionsAction = () => Promise<TPasskeyOptionsResult<PublicKeyCredentialCreationOptionsJSON>>;
/** A refusal's message; a passkey that passes redirects to the next step instead of returning. */
export type TPasskeyLoginAction = (response: unknown) => Promise<{ message: string }>;
export type TPasskeyRegisterAction = (response: unknown, name: string) => Promise<{ ok: true; name: string } | { ok: false; message: string }>;
