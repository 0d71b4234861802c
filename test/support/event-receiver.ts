// A real receiver of lifecycle events for the tests: the documented example (docs/examples/set-receiver.mjs,
// which verifies every SET against the institution's jwks_uri over HTTP) behind a switch the test turns —
// "ok" (the example answers, 202 for a good SET), "fail" (500 before the example sees it), "hang" (takes
// the request and never answers) — and stop()/start()
// on the same port for a receiver that is down. It counts every request and every answer it gave.
// No "@/" imports: Playwright specs use it too.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

// loaded by URL, as Node loads it: Playwright's transpiler would otherwise rewrite the example's ES module
const example = (): Promise<typeof import("../../docs/examples/set-receiver.mjs")> =>
  import(/* @vite-ignore */ pathToFileURL(path.resolve(__dirname, "../../docs/examples/set-receiver.mjs")).href);

export type TReceivedEvent = { jti: string; iat: number; txn?: string; type: string; payload: Record<string, unknown> };

export async function startEventReceiver(issuer: string) {
  const { createSetReceiver } = await example();
  const clientIds: string[] = [];
  let mode: "ok" | "fail" | "hang" = "ok";
  let hung = 0;
  const events: TReceivedEvent[] = [];
  const answers: { status: number; jti?: string }[] = [];
  let inner: http.Server | null = null;
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (mode === "hang") {
      hung++;
      return void req.resume();
    }
    if (mode === "fail") {
      req.resume();
      answers.push({ status: 500 });
      return void res.writeHead(500).end();
    }
    inner ??= createSetReceiver({ issuer, clientId: clientIds, onEvent: (event: TReceivedEvent) => void events.push(event) });
    res.on("finish", () => answers.push({ status: res.statusCode }));
    inner.emit("request", req, res);
  };
  let server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () => new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return {
    uri: `http://localhost:${port}/events`,
    events,
    answers,
    /** a client_id the SETs may be addressed to (known after registration); jose takes the list as aud */
    expect: (id: string) => {
      clientIds.push(id);
      inner = null;
    },
    mode: (next: "ok" | "fail" | "hang") => void (mode = next),
    /** requests taken in "hang" mode (never answered) */
    hung: () => hung,
    stop: close,
    start: async () => {
      server = http.createServer(handler);
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    },
    close,
    /** resolves with the first event that matches, or fails after `ms` */
    waitFor: async (match: (e: TReceivedEvent) => boolean, ms = 20_000): Promise<TReceivedEvent> => {
      const deadline = Date.now() + ms;
      for (;;) {
        const hit = events.find(match);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`no matching event within ${ms} ms; received ${JSON.stringify(events.map((e) => [e.type, e.payload]))}; answers ${JSON.stringify(answers)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

export type TEventReceiver = Awaited<ReturnType<typeof startEventReceiver>>;

/** Polls until check() returns something truthy (a state the server reaches on its own), or fails after ms. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
