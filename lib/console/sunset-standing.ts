// Where a baseline client stands against its sunset, as the console shows it: the last day it is
// served (JST), the whole days left until then, and whether to warn (30 days ahead) or say 期限切れ.
import { jstIsoDate } from "@/lib/time/jst";
import { sunsetLastDay } from "@/lib/oauth/clients/sunset-date";

export const SUNSET_WARNING_DAYS = 30;

export type TSunsetStanding = { lastDay: string; daysLeft: number; state: "ok" | "soon" | "expired" };

export function sunsetStanding(sunsetAt: Date, now: Date = new Date()): TSunsetStanding {
  const lastDay = sunsetLastDay(sunsetAt);
  const daysLeft = Math.round((Date.parse(lastDay) - Date.parse(jstIsoDate(now))) / 86_400_000);
  const state = sunsetAt <= now ? "expired" : daysLeft <= SUNSET_WARNING_DAYS ? "soon" : "ok";
  return { lastDay, daysLeft, state };
}
