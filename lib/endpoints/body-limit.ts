// The one limit on a machine request's body, and the one answer to a body that breaks it, for both
// mounts: the lean path reads the Node request against it (lib/endpoints/serve-machine-request.ts), the
// Next mount the Web request (lib/endpoints/next-mount.ts) — so a body over 1 MiB is 413 on both, before
// any handler runs (the handlers' own limits are lower: lib/oauth/endpoints/read-form.ts).
import "server-only";
import { MACHINE_SECURITY_HEADERS } from "@/lib/http/machine-security-headers";

export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

/** The answer to a body that could not be taken: over the limit (413), or unreadable (400). The connection closes after it. */
export function unreadableBodyResponse(error: unknown): Response {
  const status = error instanceof BodyTooLarge ? 413 : 400;
  const body = { error: "invalid_request", error_description: status === 413 ? "request body too large" : "the request could not be read" };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...MACHINE_SECURITY_HEADERS, "content-type": "application/json", "cache-control": "no-store", connection: "close" },
  });
}

/** A Web request's body, read whole up to the limit (null for GET and HEAD); BodyTooLarge beyond it. */
export async function readWebBody(request: Request): Promise<Buffer | null> {
  if (request.method === "GET" || request.method === "HEAD" || request.body === null) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
