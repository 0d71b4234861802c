// The console's 残り日数: counted in Japan's calendar, a warning 30 days ahead, 期限切れ from the sunset on.
import { describe, expect, it } from "vitest";
import { sunsetAfterDays, sunsetAtEndOf } from "@/lib/oauth/clients/sunset-date";
import { sunsetStanding } from "./sunset-standing";

const at = (iso: string) => new Date(iso);

describe("sunsetStanding", () => {
  it.each([
    ["31 days ahead", sunsetAtEndOf("2027-01-31"), at("2026-12-31T10:00:00+09:00"), { lastDay: "2027-01-31", daysLeft: 31, state: "ok" }],
    ["30 days ahead: warned", sunsetAtEndOf("2027-01-30"), at("2026-12-31T10:00:00+09:00"), { lastDay: "2027-01-30", daysLeft: 30, state: "soon" }],
    ["its last day", sunsetAtEndOf("2026-12-31"), at("2026-12-31T23:59:00+09:00"), { lastDay: "2026-12-31", daysLeft: 0, state: "soon" }],
    ["the day after", sunsetAtEndOf("2026-12-31"), at("2027-01-01T00:00:00+09:00"), { lastDay: "2026-12-31", daysLeft: -1, state: "expired" }],
    // 00:30 JST is still the previous day in UTC: the count follows Japan's calendar
    ["just after midnight in Japan", sunsetAtEndOf("2027-01-02"), at("2027-01-01T00:30:00+09:00"), { lastDay: "2027-01-02", daysLeft: 1, state: "soon" }],
  ])("%s", (_name, sunsetAt, now, expected) => {
    expect(sunsetStanding(sunsetAt, now)).toEqual(expected);
  });

  it("gives a new registration the whole of its last day", () => {
    const now = at("2026-12-01T23:30:00+09:00");
    const sunset = sunsetAfterDays(365, now);
    expect(sunset.toISOString()).toBe("2027-12-01T15:00:00.000Z"); // 2027-12-02 00:00 JST
    expect(sunsetStanding(sunset, now)).toMatchObject({ lastDay: "2027-12-01", state: "ok" });
  });
});
