// What the console shows of one institution's connection to its bank: the latency of its recent calls and the last
// failure, kept in memory by the transport (per process: each Renkei instance sees its own connection).
import type { TBankFailure } from "./bank-transport";

export type TCircuitState = "closed" | "open" | "half-open";

export type TBankConnectionState = {
  mode: "embedded" | "http";
  /** closed: calls go through; open: refused at once until the probe; half-open: one probe is deciding */
  circuit: TCircuitState;
  /** of the last RECENT_CALLS calls (failures included), or null before the first */
  latency: { p50Ms: number; p95Ms: number; calls: number } | null;
  lastError: { category: TBankFailure; at: Date } | null;
};

export const RECENT_CALLS = 200;

/** The nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export class BankConnectionStats {
  private readonly durations: number[] = [];
  private next = 0;
  private lastFailure: { category: TBankFailure; at: Date } | null = null;

  record(durationMs: number, failure: TBankFailure | null) {
    // a ring of the last RECENT_CALLS durations: memory stays flat however long the process runs
    if (this.durations.length < RECENT_CALLS) this.durations.push(durationMs);
    else this.durations[this.next] = durationMs;
    this.next = (this.next + 1) % RECENT_CALLS;
    if (failure) this.lastFailure = { category: failure, at: new Date() };
  }

  latency(): TBankConnectionState["latency"] {
    if (this.durations.length === 0) return null;
    const sorted = [...this.durations].sort((a, b) => a - b);
    return { p50Ms: Math.round(percentile(sorted, 50)), p95Ms: Math.round(percentile(sorted, 95)), calls: sorted.length };
  }

  lastError() {
    return this.lastFailure;
  }
}
