// One random id per browser, in an httpOnly cookie. It binds an interaction to the browser that started
// it (Interaction.browserHash = hashToken(id)) and is the "device" of the risk check (LoginAttempt.deviceHash).
// Cookies are per host, not per port, so the certificate listener (https://localhost:3443) sees it too.
// Its name and flags come from lib/http/app-cookie.ts (__Host-renkei_browser, Secure, on an https origin).
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { appCookie, type TAppCookie } from "@/lib/http/app-cookie";

const BROWSER_COOKIE_MAX_AGE = 400 * 24 * 3600; // the longest Chromium keeps a cookie

export function browserCookie(): TAppCookie {
  return appCookie("renkei_browser", BROWSER_COOKIE_MAX_AGE);
}

export function newBrowserId(): string {
  return randomToken(24);
}

export function browserHash(browserId: string): string {
  return hashToken(`browser:${browserId}`);
}
