// Runs before every request Next answers (Next 16's proxy, formerly middleware): the page's
// Content-Security-Policy, with a nonce made for this one request (lib/http/security-headers.mjs) — set on
// the request too, where Next reads it and puts the nonce on every script tag it renders (Next's
// "Content Security Policy" guide, "Adding a nonce with Proxy").
// The other security headers are the same for every page and come from next.config.js; the machine
// endpoints are left alone (they set every header themselves, lib/http/machine-security-headers.ts).
import { NextResponse, type NextRequest } from "next/server";
import { isMachinePath } from "@/lib/endpoints/is-machine-path";
import { createCspNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers.mjs";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isMachinePath(pathname)) return NextResponse.next();
  const csp = pageContentSecurityPolicy({ nonce: createCspNonce(), pathname, development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp); // whatever a client sent under this name is replaced
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // every request but the build's static files, which are not pages
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
