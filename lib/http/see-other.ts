// RFC 9110 §15.4.4: 303 See Other after a form post or to start a flow, never cached (a redirect can
// carry a code or an interaction id).
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}
