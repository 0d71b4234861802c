// Exponential backoff with jitter between delivery attempts: the base delay after the first failure,
// doubling after each next one, at most an hour, each ±20% so that many events that failed together
// (a receiver that was down) do not all come back in the same second.
import { MAX_RETRY_DELAY_MS } from "./delivery-settings";

export function retryDelay(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
