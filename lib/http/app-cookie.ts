// The name and flags of every cookie Renkei sets (the browser id, the customer's and the links page's
// sessions, the demo aggregator's state, the operator console's session). Decided here, once, from the
// public origin:
//   https  "__Host-" + name, Secure, Path=/, no Domain (RFC 6265bis §4.1.3.2): the browser sends it only
//          over TLS, and neither a plain-http page nor a sibling host can set or overwrite it;
//   http   the plain name without Secure, or the demo on http://localhost could keep no cookie at all.
// Always HttpOnly and SameSite=Lax (the aggregator's redirect into the consent screens is a top-level
// GET from another site, which Strict would strip of the browser id).
import { publicOrigin } from "@/lib/config/origin";

export type TAppCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge?: number };
};

/** The cookie of this base name ("renkei_browser"), with maxAge in seconds (none: a session cookie). */
export function appCookie(base: string, maxAge?: number): TAppCookie {
  const secure = publicOrigin().startsWith("https://");
  return {
    name: secure ? `__Host-${base}` : base,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure, ...(maxAge === undefined ? {} : { maxAge }) },
  };
}
