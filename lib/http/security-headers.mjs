// @ts-check
// The security headers, defined once for everything that answers a request:
//   next.config.js   every response Next serves: COMMON_SECURITY_HEADERS and frameOptions() by path;
//   proxy.ts         every page's Content-Security-Policy, with a nonce made for that one request;
//   machine endpoints  their JSON answers, on both mounts (lib/http/machine-security-headers.ts):
//                    machineSecurityHeaders().
// Plain JavaScript with JSDoc, because next.config.js (CommonJS) cannot load TypeScript; proxy.ts,
// lib/ and server.mjs import the same file.

/**
 * On every response, page or not.
 * @type {Readonly<Record<string, string>>}
 */
export const COMMON_SECURITY_HEADERS = Object.freeze({
  "x-content-type-options": "nosniff",
  // A code or token must never leak to another site through the Referer header. Not no-referrer:
  // with it Chromium sends "Origin: null" on same-origin form posts, and the server actions' origin
  // check (their CSRF defence) then refuses every form submitted without JavaScript.
  "referrer-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "cross-origin-opener-policy": "same-origin",
});

/**
 * The designers' gallery frames its own screens (/preview/compare, the theme editor's live preview), so
 * /preview may be framed by this origin; every other page refuses to be framed (clickjacking on a
 * consent page).
 * @param {string} pathname
 */
export function framedBySelf(pathname) {
  return pathname === "/preview" || pathname.startsWith("/preview/");
}

/** @param {string} pathname */
export function frameOptions(pathname) {
  return framedBySelf(pathname) ? "SAMEORIGIN" : "DENY";
}

/**
 * A nonce for one response's Content-Security-Policy: 128 random bits (CSP Level 3, "nonce-source": at least 128).
 * @returns {string}
 */
export function createCspNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce, which Next puts
 * on its own script tags (it reads the nonce from the request's CSP header, set in proxy.ts), and
 * whatever those load ('strict-dynamic'); never inline script or an event-handler attribute.
 *   style-src 'unsafe-inline'  the institution's colours arrive as CSS variables in a style attribute
 *                              (components/ui/theme-style.tsx), and the authorization error page carries
 *                              its own <style> (lib/oauth/authorization-response/authorization-error-page.ts); a style cannot run script.
 *   img-src data:              a logo is drawn as a data: URL image (lib/institutions/logo-data-url.ts).
 *   form-action                left open: the consent pages post to server actions that answer with a 303 to
 *                              the aggregator's redirect_uri, and Chromium applies form-action to that redirect.
 *   'unsafe-eval'              only under `next dev`, where React rebuilds server errors' stacks with eval.
 * @param {{ nonce: string, pathname: string, development?: boolean }} options
 * @returns {string}
 */
export function pageContentSecurityPolicy({ nonce, pathname, development = false }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${framedBySelf(pathname) ? "'self'" : "'none'"}`,
  ].join("; ");
}

/**
 * The Content-Security-Policy of a response that is not a page: nothing in it may load, run or be framed.
 * @type {string}
 */
export const MACHINE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Every security header of a response that is not a page (an OAuth or API JSON answer).
 * @returns {Record<string, string>}
 */
export function machineSecurityHeaders() {
  return { "content-security-policy": MACHINE_CONTENT_SECURITY_POLICY, ...COMMON_SECURITY_HEADERS, "x-frame-options": "DENY" };
}
