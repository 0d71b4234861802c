// Runs before every request Next answers (Next 16's proxy, formerly middleware), and does two things:
//   1. the page's Content-Security-Policy, with a nonce made for this one request
//      (lib/http/security-headers.mjs): set on the request too, where Next reads it and puts the nonce on
//      every script tag it renders (Next's "Content Security Policy" guide, "Adding a nonce with Proxy");
//   2. on the links page, a browser id for a first-time visitor (lib/auth/browser-id.ts), so that the
//      page's CSRF token is that visitor's own (lib/links/links-csrf.ts) — a page cannot set a cookie.
// The other security headers are the same for every page and come from next.config.js; the machine
// endpoints are left alone (they set every header themselves, lib/http/machine-security-headers.ts).
import { NextResponse, type NextRequest } from "next/server";
import { browserCookie, newBrowserId } from "@/lib/auth/browser-id";
import { isMachinePath } from "@/lib/endpoints/is-machine-path";
import { createCspNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers.mjs";

const LINKS_PAGE = /^\/[a-z0-9-]{1,40}\/links$/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isMachinePath(pathname)) return NextResponse.next();
  const csp = pageContentSecurityPolicy({ nonce: createCspNonce(), pathname, development: process.env.NODE_ENV === "development" });

  const cookie = browserCookie();
  const newVisitor = LINKS_PAGE.test(pathname) && !request.cookies.has(cookie.name) ? newBrowserId() : null;
  if (newVisitor) request.cookies.set(cookie.name, newVisitor); // the page reads it in this same request

  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp); // whatever a client sent under this name is replaced
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  if (newVisitor) response.cookies.set(cookie.name, newVisitor, cookie.options);
  return response;
}

export const config = {
  // every request but the build's static files, which are not pages
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
