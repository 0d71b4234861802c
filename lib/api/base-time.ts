// The API's clock is Japan's: baseDate YYYY-MM-DD and baseTime HH:MM:SS+09:00 (docs/design.md §4).
import { jstIsoDate, jstIsoTime } from "@/lib/time/jst";

export function japanNow(now = new Date()) {
  return { baseDate: jstIsoDate(now), baseTime: `${jstIsoTime(now)}+09:00` };
}

/** YYYY-MM-DD that is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
