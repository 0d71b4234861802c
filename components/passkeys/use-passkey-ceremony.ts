"use client";
// One passkey ceremony as both buttons run it (passkey-login.tsx, passkey-register.tsx): the server's options,
// the browser's WebAuthn prompt, then the server's check — with the button busy meanwhile and one message beside
// it: the server's refusal, or PASSKEY_CANCELLED_MESSAGE when the prompt was closed, timed out or found no passkey.
import { useState } from "react";
import { PASSKEY_CANCELLED_MESSAGE } from "@/lib/passkeys/passkey-refusal";
import type { TPasskeyOptionsResult } from "./passkey-results";

type TCeremony<TOptions, TResponse> = {
  options: () => Promise<TPasskeyOptionsResult<TOptions>>;
  prompt: (options: TOptions) => Promise<TResponse>;
  /** the server's check: a refusal's message, or nothing when it passed */
  finish: (response: TResponse) => Promise<string | undefined>;
};

export function usePasskeyCeremony(initialMessage?: string) {
  const [message, setMessage] = useState(initialMessage);
  const [pending, setPending] = useState(false);

  async function run<TOptions, TResponse>({ options, prompt, finish }: TCeremony<TOptions, TResponse>): Promise<void> {
    setPending(true);
    setMessage(undefined);
    try {
      const offered = await options();
      if (!offered.ok) return setMessage(offered.message);
      let response: TResponse;
      try {
        response = await prompt(offered.options);
      } catch {
        return setMessage(PASSKEY_CANCELLED_MESSAGE);
      }
      const refused = await finish(response);
      if (refused) setMessage(refused);
    } finally {
      setPending(false);
    }
  }

  return { message, pending, run };
}
