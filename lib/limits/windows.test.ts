import { describe, expect, it } from "vitest";
import { rateLimitHeaders } from "./rate-limit-headers";
import { mergeLimits } from "./client-limits";
import { secondsToWindowEnd, windowId } from "./windows";

describe("the limits' windows", () => {
  it("burst windows are calendar seconds", () => {
    const at = Date.UTC(2026, 11, 6, 3, 0, 0, 999);
    expect(windowId("burst", at)).toBe(windowId("burst", at - 999));
    expect(windowId("burst", at + 1)).toBe(windowId("burst", at) + 1);
    expect(secondsToWindowEnd("burst", at - 999)).toBe(1);
    expect(secondsToWindowEnd("burst", at)).toBe(1); // never 0: Retry-After is at least a second
  });

  it("day windows turn over at 00:00 JST, not UTC", () => {
    const beforeMidnightJst = Date.UTC(2026, 11, 6, 14, 59, 59); // 23:59:59 JST
    const midnightJst = Date.UTC(2026, 11, 6, 15, 0, 0);
    expect(windowId("day", midnightJst)).toBe(windowId("day", beforeMidnightJst) + 1);
    expect(windowId("day", Date.UTC(2026, 11, 6, 0, 0, 0))).toBe(windowId("day", beforeMidnightJst)); // 09:00 JST, same day
    expect(secondsToWindowEnd("day", beforeMidnightJst)).toBe(1);
    expect(secondsToWindowEnd("day", midnightJst)).toBe(86_400);
  });

  it("oauth windows are minutes", () => {
    const at = Date.UTC(2026, 11, 6, 3, 0, 30);
    expect(secondsToWindowEnd("oauth", at)).toBe(30);
    expect(windowId("oauth", at + 29_999)).toBe(windowId("oauth", at));
    expect(windowId("oauth", at + 30_000)).toBe(windowId("oauth", at) + 1);
  });
});

describe("a client's limits", () => {
  const defaults = { rps: 10, daily: 100, presentDaily: 1000, oauthPerMinute: 60 };
  it("takes its own values where set, the institution's elsewhere; 0 stays 0 (no limit)", () => {
    expect(mergeLimits(defaults, null)).toEqual(defaults);
    expect(mergeLimits(defaults, { rps: 5, daily: null, presentDaily: 0, oauthPerMinute: null })).toEqual({ rps: 5, daily: 100, presentDaily: 0, oauthPerMinute: 60 });
  });
});

describe("the RateLimit fields", () => {
  it("lists each counted policy with its quota, window, remaining and reset (draft-ietf-httpapi-ratelimit-headers-10)", () => {
    expect(rateLimitHeaders([
      { name: "daily", quota: 1000, windowSeconds: 86_400, remaining: 997, resetSeconds: 52_310 },
      { name: "burst", quota: 5, windowSeconds: 1, remaining: 0, resetSeconds: 1 },
    ])).toEqual({ "ratelimit-policy": '"daily";q=1000;w=86400, "burst";q=5;w=1', ratelimit: '"daily";r=997;t=52310, "burst";r=0;t=1' });
  });
  it("states a policy without RateLimit when nothing was counted yet, and nothing without a policy", () => {
    expect(rateLimitHeaders([{ name: "burst", quota: 5, windowSeconds: 1, remaining: null, resetSeconds: 1 }])).toEqual({ "ratelimit-policy": '"burst";q=5;w=1' });
    expect(rateLimitHeaders([])).toEqual({});
  });
});
