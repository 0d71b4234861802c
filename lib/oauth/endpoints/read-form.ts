// Reads an application/x-www-form-urlencoded body (RFC 6749 §3.2, RFC 9126 §2.1). A parameter sent
// twice is refused (RFC 6749 §3.1: "Request and response parameters MUST NOT be included more than
// once"); so is a body over 64 KiB or of another content type.
import { InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import type { TMachineRequest } from "@/lib/http/machine-request";

const MAX_BODY = 64 * 1024;

export async function readForm(request: TMachineRequest): Promise<Record<string, string>> {
  if (request.method !== "POST") throw new InvalidRequest("POST が必要です (method must be POST)");
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    throw new InvalidRequest("content-type must be application/x-www-form-urlencoded");
  }
  const text = await request.text();
  if (text.length > MAX_BODY) throw new InvalidRequest("request body too large");
  const params = new URLSearchParams(text);
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in out) throw new InvalidRequest(`parameter ${key} is included more than once`);
    if (value.length > 8192) throw new InvalidRequest(`parameter ${key} is too long`);
    out[key] = value;
  }
  return out;
}
