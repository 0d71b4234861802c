// A baseline client's sunset (docs/design.md §3): stored as the first instant its profile no longer serves it,
// shown as the last day it does — in Japan's calendar, as the bank's notices date things (有効期限 2027年12月1日
// means usable through that day). Pure, so the console, the endpoints and the tests share it.
import { addDays, jstIsoDate } from "@/lib/time/jst";

const JST_MIDNIGHT = (isoDate: string) => new Date(`${isoDate}T00:00:00+09:00`);

/** The sunset of a date picked by an operator (YYYY-MM-DD): the end of that day in Japan. */
export function sunsetAtEndOf(isoDate: string): Date {
  return addDays(JST_MIDNIGHT(isoDate), 1);
}

/** The sunset of a new registration: usable through the day `days` days from now (JST). */
export function sunsetAfterDays(days: number, now: Date = new Date()): Date {
  return sunsetAtEndOf(jstIsoDate(addDays(now, days)));
}

/** The last day (JST, YYYY-MM-DD) a sunset still serves the client: what every message names. */
export function sunsetLastDay(sunsetAt: Date): string {
  return jstIsoDate(new Date(sunsetAt.getTime() - 1));
}
