// Japan's calendar from any instant: the day changes at 15:00 UTC, not at midnight UTC.
import { describe, expect, it } from "vitest";
import { addDays, jstIsoDate, jstIsoTime, jstJapaneseDate, jstParts } from "./jst";

describe("JST", () => {
  it.each([
    ["2026-11-22T14:59:59Z", "2026-11-22", "23:59:59", "2026年11月22日"],
    ["2026-11-22T15:00:00Z", "2026-11-23", "00:00:00", "2026年11月23日"],
    ["2026-12-31T15:00:00Z", "2027-01-01", "00:00:00", "2027年1月1日"],
    ["2028-02-28T16:30:05Z", "2028-02-29", "01:30:05", "2028年2月29日"],
  ])("%s is %s %s in Japan", (utc, date, time, japanese) => {
    const at = new Date(utc);
    expect(jstIsoDate(at)).toBe(date);
    expect(jstIsoTime(at)).toBe(time);
    expect(jstJapaneseDate(at)).toBe(japanese);
  });

  it("gives the wall clock's parts and adds whole days", () => {
    expect(jstParts(new Date("2026-11-23T00:05:00Z"))).toEqual({ year: 2026, month: 11, day: 23, hour: 9, minute: 5, second: 0 });
    expect(jstJapaneseDate(addDays(new Date("2026-11-23T00:00:00Z"), 90))).toBe("2027年2月21日");
    expect(jstIsoDate(addDays(new Date("2026-03-01T00:00:00Z"), -1))).toBe("2026-02-28");
  });
});
