// How the event worker paces itself. Defaults are for production; the test servers shorten the poll,
// the backoff and the deadline (test/env.ts) so a retry is seen in seconds, not minutes.
//   RENKEI_EVENT_POLL_MS        how often a worker looks for due events (1 s)
//   RENKEI_EVENT_RETRY_BASE_MS  the first retry's delay; each next one doubles, up to an hour (10 s)
//   RENKEI_EVENT_TIMEOUT_MS     one delivery's deadline: connect, send, read the answer (5 s)
//   RENKEI_EVENT_WORKER=off     this instance delivers nothing (another one does)
// An event is retried for 24 hours after it was written (RETRY_WINDOW_MS), then marked failed; a claim
// lapses after three deadlines, when the instance that held it must have died.
import { z } from "zod";

const ms = (fallback: number) => z.coerce.number().int().min(1).max(86_400_000).default(fallback);

const ZDeliverySettings = z.object({
  RENKEI_EVENT_POLL_MS: ms(1_000),
  RENKEI_EVENT_RETRY_BASE_MS: ms(10_000),
  RENKEI_EVENT_TIMEOUT_MS: ms(5_000),
  RENKEI_EVENT_WORKER: z.enum(["on", "off"]).default("on"),
});

export const RETRY_WINDOW_MS = 24 * 3600_000;
export const MAX_RETRY_DELAY_MS = 3600_000;

export type TDeliverySettings = { pollMs: number; retryBaseMs: number; timeoutMs: number; leaseMs: number; enabled: boolean };

export function deliverySettings(env: NodeJS.ProcessEnv = process.env): TDeliverySettings {
  const s = ZDeliverySettings.parse({
    RENKEI_EVENT_POLL_MS: env.RENKEI_EVENT_POLL_MS || undefined,
    RENKEI_EVENT_RETRY_BASE_MS: env.RENKEI_EVENT_RETRY_BASE_MS || undefined,
    RENKEI_EVENT_TIMEOUT_MS: env.RENKEI_EVENT_TIMEOUT_MS || undefined,
    RENKEI_EVENT_WORKER: env.RENKEI_EVENT_WORKER || undefined,
  });
  return {
    pollMs: s.RENKEI_EVENT_POLL_MS,
    retryBaseMs: s.RENKEI_EVENT_RETRY_BASE_MS,
    timeoutMs: s.RENKEI_EVENT_TIMEOUT_MS,
    leaseMs: 3 * s.RENKEI_EVENT_TIMEOUT_MS,
    enabled: s.RENKEI_EVENT_WORKER === "on",
  };
}
