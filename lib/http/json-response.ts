// A JSON answer that keeps its serialized text beside it, so that the production server's lean path
// (lib/endpoints/serve-machine-request.ts) writes that text instead of reading the Response's body
// stream back. To everyone else it is the Response that Response.json() makes.
const texts = new WeakMap<Response, string>();

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  const response = new Response(text, { ...init, headers });
  texts.set(response, text);
  return response;
}

/** The text of a jsonResponse(); undefined for any other Response. */
export function jsonResponseText(response: Response): string | undefined {
  return texts.get(response);
}
