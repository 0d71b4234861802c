// The conformance kit's own HTTP client: bare requests to the implementation under test — with or without
// Renkei's credentials (a check asks whether the gateway refuses a caller without them) — and no retry, breaker or
// cap, so each check sees exactly what the implementation answered.
import { readFileSync } from "node:fs";
import { Agent, request } from "undici";

export type TConformanceTarget = {
  /** the institution's base URL, as core.baseUrl would name it */
  url: string;
  bearer?: string;
  tls?: { certFile: string; keyFile: string; caFile: string };
  timeoutMs?: number;
};

export type TRawAnswer = { kind: "answer"; status: number; contentType: string; body: unknown } | { kind: "none"; status: 0; failure: string };

export function conformanceClient(target: TConformanceTarget) {
  const base = new URL(target.url);
  const basePath = base.pathname.replace(/\/+$/, "");
  const timeout = target.timeoutMs ?? 5000;
  const tls = target.tls
    ? { cert: readFileSync(target.tls.certFile), key: readFileSync(target.tls.keyFile), ca: readFileSync(target.tls.caFile) }
    : undefined;
  const withCredentials = new Agent({ connect: { timeout, ...(tls ?? {}) }, headersTimeout: timeout, bodyTimeout: timeout });
  const without = new Agent({ connect: { timeout, ...(tls ? { ca: tls.ca } : {}) }, headersTimeout: timeout, bodyTimeout: timeout });

  async function call(method: string, path: string, body: unknown, options: { credentials?: boolean } = {}): Promise<TRawAnswer> {
    const credentials = options.credentials ?? true;
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (credentials && target.bearer) headers.authorization = `Bearer ${target.bearer}`;
    try {
      const answer = await request(new URL(basePath + path, base.origin), {
        method: method as "GET", headers, body: body === undefined ? undefined : JSON.stringify(body),
        dispatcher: credentials ? withCredentials : without, signal: AbortSignal.timeout(timeout),
      });
      const text = await answer.body.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = undefined; // not JSON: the checks say so
      }
      return { kind: "answer", status: answer.statusCode, contentType: String(answer.headers["content-type"] ?? ""), body: parsed };
    } catch (error) {
      const e = error as { code?: string; name?: string };
      return { kind: "none", status: 0, failure: e.code ?? e.name ?? "network error" };
    }
  }

  return { call, close: () => Promise.all([withCredentials.close(), without.close()]).then(() => undefined) };
}
