// What the production server does with a screen's request (one Next answers) while the database is down:
//   - known to be down (lib/db/outage-watch.ts): answered here with the outage page (lib/http/database-outage-page.ts),
//     before Next — a page that would only fail costs nothing;
//   - found down by this very request (its query failed, which marks the outage before Next renders its error):
//     Next's 5xx is replaced, headers and body, by the same page, so no customer sees Next's English error.
// Static files of the build need no database and pass untouched.
import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseDown } from "@/lib/db/outage-watch";
import { databaseOutagePage } from "./database-outage-page";

const pathOf = (req: IncomingMessage) => (req.url ?? "/").split("?")[0];

/** Next's headers dropped, the page's written: its body is what `end` sends. */
function send(req: IncomingMessage, res: ServerResponse, writeHead: ServerResponse["writeHead"]): Buffer {
  const page = databaseOutagePage(pathOf(req));
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  writeHead.call(res, page.status, page.headers);
  return page.body;
}

/** true when the request was answered here; otherwise the response is guarded and goes on to Next. */
export function guardScreenDuringOutage(req: IncomingMessage, res: ServerResponse): boolean {
  if (pathOf(req).startsWith("/_next/static/")) return false;
  if (databaseDown()) {
    const page = databaseOutagePage(pathOf(req));
    res.writeHead(page.status, page.headers);
    res.end(req.method === "HEAD" ? undefined : page.body);
    return true;
  }
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let body: Buffer | null = null; // set once Next's answer is replaced
  const replacing = (status: number) => body === null && status >= 500 && databaseDown();
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (body) return this;
    if (replacing(status)) {
      body = send(req, res, writeHead);
      return this;
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!body && !this.headersSent && replacing(this.statusCode)) body = send(req, res, writeHead);
    if (body) return true; // Next's error page is dropped
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!body && !this.headersSent && replacing(this.statusCode)) body = send(req, res, writeHead);
    if (body) {
      const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
      return (end as (...a: unknown[]) => ServerResponse).call(this, req.method === "HEAD" ? undefined : body, callback);
    }
    return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
  return false;
}
