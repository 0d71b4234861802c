// The simulator's faults (POST /__faults, loopback only): latency before every answer, a share of answers
// that fail with 500, or down — every connection dropped unanswered, as a gateway that is gone.
import { z } from "zod";

export const ZFaults = z.object({
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  errorRate: z.number().min(0).max(1).default(0),
  down: z.boolean().default(false),
}).strict();
export type TFaults = z.infer<typeof ZFaults>;

export const NO_FAULTS: TFaults = { latencyMs: 0, errorRate: 0, down: false };

/** A partial update: what the body names changes, the rest stays. */
export function updateFaults(current: TFaults, body: unknown): TFaults | null {
  const parsed = ZFaults.partial().safeParse(body);
  return parsed.success ? { ...current, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) } : null;
}

export function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}
