// Japan Standard Time, the bank's calendar and clock: UTC+9 all year (Japan has had no daylight saving
// time since 1951), so a fixed offset is exact. Every date or time the screens, the API and the seed show
// in Japan's terms comes from here; pure, so pages, the seed and the browser may all use it.
const JST_OFFSET_MS = 9 * 3600_000;
const DAY_MS = 86_400_000;

export type TJstParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall clock in Japan at an instant. */
export function jstParts(at: Date = new Date()): TJstParts {
  const j = new Date(at.getTime() + JST_OFFSET_MS);
  return { year: j.getUTCFullYear(), month: j.getUTCMonth() + 1, day: j.getUTCDate(), hour: j.getUTCHours(), minute: j.getUTCMinutes(), second: j.getUTCSeconds() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** 2026-11-23: the date in Japan (ISO 8601, the API's baseDate). */
export function jstIsoDate(at: Date = new Date()): string {
  const p = jstParts(at);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** 09:05:07: the time of day in Japan. */
export function jstIsoTime(at: Date = new Date()): string {
  const p = jstParts(at);
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** 2026年11月23日: the date in Japan as the screens print it. */
export function jstJapaneseDate(at: Date = new Date()): string {
  const p = jstParts(at);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** The instant `days` whole days later (negative: earlier). */
export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** The 1st of a YYYY-MM-DD date's month (the previous month's balance is the last one before it). */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}
