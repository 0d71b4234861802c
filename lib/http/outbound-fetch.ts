// The one way Renkei sends an HTTP request to a URL someone else chose (a client's jwks_uri, its
// event_delivery_uri). docs/security-habits.md, "requests the server makes":
//   1. the URL and every address its host resolves to pass lib/http/resolve-outbound.ts, and the
//      connection goes to the checked address (pinned in `lookup`), never to a second resolution;
//   2. one deadline covers connecting, the headers and the body (a slow drip cannot hold a worker);
//   3. redirects are not followed: a 3xx is returned as it is, and the caller treats it as a failure;
//   4. at most maxBytes of the body are read; a longer body fails the request;
//   5. no connection pool (agent: false): nothing stays open to a host after the answer.
// The answer is a WHATWG Response, so jose's createRemoteJWKSet can use this as its customFetch.
import http from "node:http";
import https from "node:https";
import { OutboundRefused, resolveOutbound, type TLookup } from "./resolve-outbound";

export class OutboundTimeout extends Error {}
export class OutboundTooLarge extends Error {}

export type TOutboundRequest = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal | null;
  /** tests: a resolver of their own */
  lookup?: TLookup;
};

export { OutboundRefused };

const NULL_BODY = new Set([204, 205, 304]);

export async function outboundFetch(input: string | URL, init: TOutboundRequest = {}): Promise<Response> {
  const url = new URL(input);
  const target = await resolveOutbound(url, init.lookup);
  const timeoutMs = init.timeoutMs ?? 5_000;
  const maxBytes = init.maxBytes ?? 64 * 1024;
  const body = init.body === undefined ? undefined : Buffer.from(init.body);
  return new Promise<Response>((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: init.method ?? "GET",
      headers: { ...init.headers, ...(body ? { "content-length": String(body.length) } : {}) },
      agent: false,
      lookup: (_hostname, options, callback) => {
        if ((options as { all?: boolean }).all) (callback as (e: null, a: typeof target[]) => void)(null, [target]);
        else callback(null, target.address, target.family);
      },
    });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(error);
    };
    const timer = setTimeout(() => fail(new OutboundTimeout(`no complete answer within ${timeoutMs} ms`)), timeoutMs);
    const aborted = () => fail(Object.assign(new OutboundTimeout("aborted"), { name: "TimeoutError" }));
    if (init.signal?.aborted) aborted();
    init.signal?.addEventListener("abort", aborted, { once: true });
    request.on("error", fail);
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) fail(new OutboundTooLarge(`the answer is larger than ${maxBytes} bytes`));
        else chunks.push(chunk);
      });
      response.on("error", fail);
      response.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const status = response.statusCode ?? 0;
        if (status < 200 || status > 599) return reject(new Error(`an HTTP status outside 200–599 (${status})`));
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const v of [value ?? []].flat()) {
            try {
              headers.append(name, v);
            } catch {
              // a header value Headers refuses is left out; nothing here needs it
            }
          }
        }
        resolve(new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), { status, headers }));
      });
    });
    request.end(body);
  });
}
