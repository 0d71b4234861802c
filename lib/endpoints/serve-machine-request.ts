// The production server's lean path: a machine request (lib/endpoints/route-handlers.ts) is answered by
// its endpoint's Web handler straight from node:http, without Next's request pipeline. The Node request
// becomes a MachineRequest (lib/http/machine-request.ts: headers as Node joined them, the body read
// whole up to a limit) and the Web Response is written back as it is — a JSON answer from the text it
// was made of (lib/http/json-response.ts) — so the answer is the one the Next mount gives.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { jsonResponseText } from "@/lib/http/json-response";
import { MachineRequest } from "@/lib/http/machine-request";
import { MACHINE_SECURITY_HEADERS } from "@/lib/http/machine-security-headers";
import { errorFields, logger } from "@/lib/observability/logger";
import { BodyTooLarge, MAX_BODY_BYTES, unreadableBodyResponse } from "./body-limit";
import type { TMachineEndpoint, TRouteParams } from "./define-endpoint";
import { matchMachineRoute } from "./route-handlers";

class UnreadableRequest extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  if (req.method === "GET" || req.method === "HEAD") return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // the rest is read and dropped, so that the 413 reaches the client before the connection closes
        reject(new BodyTooLarge());
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function machineRequest(req: IncomingMessage, body: Buffer | null): MachineRequest {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  // only the path and query matter to the handlers (lib/http/request-url.ts puts the public origin in front)
  const url = `http://localhost${req.url?.startsWith("/") ? req.url : "/"}`;
  if (!URL.canParse(url)) throw new UnreadableRequest();
  return new MachineRequest(req.method ?? "GET", url, headers, body);
}

async function answer(endpoint: TMachineEndpoint, params: TRouteParams, operation: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let request: MachineRequest;
  try {
    request = machineRequest(req, await readBody(req));
  } catch (error) {
    await write(unreadableBodyResponse(error), req, res);
    return;
  }
  await write(await endpoint.handle(request, params, operation), req, res);
}

async function write(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  const body = req.method === "HEAD" ? null : await bodyOf(response);
  if (body) headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body ?? undefined);
}

/** A JSON answer's text as it was made (its body stream never built), else the body read whole; null: none. */
async function bodyOf(response: Response): Promise<Buffer | null> {
  const text = jsonResponseText(response);
  if (text !== undefined) return Buffer.from(text, "utf8");
  return response.body === null ? null : Buffer.from(await response.arrayBuffer());
}

/**
 * When the request is for a machine endpoint: answers it and returns true. Otherwise returns false and
 * leaves the request to Next.
 */
export function serveMachineRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const match = matchMachineRoute(query < 0 ? url : url.slice(0, query));
  if (!match) return false;
  answer(match.endpoint, match.params, match.operation, req, res).catch((error) => {
    logger().error(errorFields(error), "machine endpoint: could not answer");
    if (!res.headersSent) res.writeHead(500, { ...MACHINE_SECURITY_HEADERS, "content-type": "application/json" });
    res.end();
  });
  return true;
}
