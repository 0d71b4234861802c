// The CSRF token of the links page's forms (login and 停止): an HMAC of the institution and this
// browser's id (the renkei_browser cookie, lib/auth/browser-id.ts), so a token one visitor reads is
// refused for every other. proxy.ts gives a first-time visitor the cookie before the page renders.
// A check beside the Origin check Next applies to server actions, as the consent steps have theirs
// (lib/consent/csrf.ts): the forms work without JavaScript.
import "server-only";
import { cookies } from "next/headers";
import { browserCookie } from "@/lib/auth/browser-id";
import { csrfMatches, csrfToken, csrfValid } from "@/lib/consent/csrf";

async function subject(slug: string): Promise<string | null> {
  const browserId = (await cookies()).get(browserCookie().name)?.value;
  return browserId ? `links:${slug}:${browserId}` : null;
}

/** This visitor's token; without a browser id, one no form can be accepted with. */
export async function linksCsrfToken(slug: string): Promise<string> {
  const s = await subject(slug);
  return s ? csrfToken(s) : "";
}

export async function linksCsrfValid(slug: string, formData: FormData): Promise<boolean> {
  const s = await subject(slug);
  return s !== null && csrfValid(s, formData);
}

/** The token a server action called from script receives as an argument (the passkey ceremonies). */
export async function linksCsrfMatches(slug: string, token: unknown): Promise<boolean> {
  const s = await subject(slug);
  return s !== null && csrfMatches(s, token);
}
