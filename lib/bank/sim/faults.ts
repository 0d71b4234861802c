// The simulator's faults (POST /__faults, loopback only): latency before every answer, a share of answers
// that fail with 500, or down — every connection dropped unanswered, as a gateway that is gone.
import { z } from "zod";

/** A change: each field optional (no defaults — a field the body leaves out keeps its value). */
const ZFaultsChange = z.object({
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  down: z.boolean().optional(),
}).strict();
export type TFaults = Required<z.infer<typeof ZFaultsChange>>;

export const NO_FAULTS: TFaults = { latencyMs: 0, errorRate: 0, down: false };

/** A partial update: what the body names changes, the rest stays. */
export function updateFaults(current: TFaults, body: unknown): TFaults | null {
  const parsed = ZFaultsChange.safeParse(body);
  return parsed.success ? { ...current, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) } : null;
}

export function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}
