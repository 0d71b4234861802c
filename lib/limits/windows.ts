// The limits' fixed windows (lib/limits/): each counter counts in one window at a time and starts over in the
// next. Pure, so the unit tests can walk the clock.
//   burst   1-second windows (epoch seconds): at most `rps` calls admitted per calendar second. A burst that
//           straddles a second boundary can pass up to 2 × rps in one sliding second — the stated tolerance.
//   oauth   1-minute windows: token + PAR requests per minute.
//   day     JST calendar days: a grant's calls per day, reset at 00:00 JST.
/** How long a process keeps a client's limits (lib/limits/client-limits.ts): other instances see a change within it. */
export const LIMITS_TTL_MS = 5_000;

const JST_OFFSET_MS = 9 * 3600_000;
const DAY_MS = 86_400_000;

export type TWindowKind = "burst" | "oauth" | "day";
export const WINDOW_SECONDS: Record<TWindowKind, number> = { burst: 1, oauth: 60, day: 86_400 };

/** The window `at` falls in: a number that grows by one per window. */
export function windowId(kind: TWindowKind, at: number): number {
  if (kind === "day") return Math.floor((at + JST_OFFSET_MS) / DAY_MS);
  return Math.floor(at / (WINDOW_SECONDS[kind] * 1000));
}

/** Whole seconds until the window of `at` ends (at least 1): Retry-After and the RateLimit field's t. */
export function secondsToWindowEnd(kind: TWindowKind, at: number): number {
  const next = kind === "day" ? (windowId("day", at) + 1) * DAY_MS - JST_OFFSET_MS : (windowId(kind, at) + 1) * WINDOW_SECONDS[kind] * 1000;
  return Math.max(1, Math.ceil((next - at) / 1000));
}
