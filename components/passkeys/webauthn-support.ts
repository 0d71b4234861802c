"use client";
// Whether this browser can make and use passkeys. False while rendering on the server and without
// JavaScript, so the passkey controls appear only where they can work: the seed's form is the way in otherwise.
import { useSyncExternalStore } from "react";
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";

const never = () => () => undefined;

export function useWebAuthnSupport(forced?: boolean): boolean {
  const supported = useSyncExternalStore(never, browserSupportsWebAuthn, () => false);
  return forced ?? supported;
}
