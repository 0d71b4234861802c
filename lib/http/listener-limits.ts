// What a client may hold of the production server's listeners (server.mjs, both HTTP and HTTPS): without
// deadlines a client sending one byte every few seconds keeps a connection — and a worker's memory — for
// as long as it likes (slowloris). Node checks the deadlines every `connectionsCheckingInterval`, 30 s by
// default; a second here, so a deadline is kept to within a second.
//   RENKEI_HEADERS_TIMEOUT_MS   the request line and headers must arrive within this (10 s)
//   RENKEI_REQUEST_TIMEOUT_MS   the whole request, body included, within this (30 s; the largest body is 1 MB)
//   RENKEI_MAX_CONNECTIONS      open connections per listener; beyond it a new one is closed at once (1000)
// A request past a deadline is answered 408 and its connection closed (node:http).
import { z } from "zod";

const ms = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

const ZListenerLimits = z
  .object({
    RENKEI_HEADERS_TIMEOUT_MS: ms(10_000),
    RENKEI_REQUEST_TIMEOUT_MS: ms(30_000),
    RENKEI_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  })
  // node:http refuses a headers deadline beyond the request's: the headers are part of the request
  .refine((s) => s.RENKEI_HEADERS_TIMEOUT_MS <= s.RENKEI_REQUEST_TIMEOUT_MS, {
    message: "RENKEI_HEADERS_TIMEOUT_MS must not exceed RENKEI_REQUEST_TIMEOUT_MS",
  });

export type TListenerLimits = {
  /** options of http.createServer / https.createServer */
  serverOptions: { headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number };
  maxConnections: number;
};

export function listenerLimits(env: NodeJS.ProcessEnv = process.env): TListenerLimits {
  const s = ZListenerLimits.parse({
    RENKEI_HEADERS_TIMEOUT_MS: env.RENKEI_HEADERS_TIMEOUT_MS || undefined,
    RENKEI_REQUEST_TIMEOUT_MS: env.RENKEI_REQUEST_TIMEOUT_MS || undefined,
    RENKEI_MAX_CONNECTIONS: env.RENKEI_MAX_CONNECTIONS || undefined,
  });
  return {
    serverOptions: {
      headersTimeout: s.RENKEI_HEADERS_TIMEOUT_MS,
      requestTimeout: s.RENKEI_REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(1000, s.RENKEI_HEADERS_TIMEOUT_MS),
    },
    maxConnections: s.RENKEI_MAX_CONNECTIONS,
  };
}
