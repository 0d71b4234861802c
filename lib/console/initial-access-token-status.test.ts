// The status word of an initial access token on the console (lib/console/initial-access-token-status.ts).
import { describe, expect, it } from "vitest";
import { initialAccessTokenStatus } from "./initial-access-token-status";

const now = new Date("2026-12-06T00:00:00Z");
const later = new Date("2026-12-07T00:00:00Z");
const earlier = new Date("2026-12-05T00:00:00Z");
const token = { revokedAt: null, singleUse: false, usedAt: null, expiresAt: later };

describe("initialAccessTokenStatus", () => {
  it.each([
    ["valid", token, "有効"],
    ["used, reusable", { ...token, usedAt: earlier }, "有効"],
    ["single-use, not yet used", { ...token, singleUse: true }, "有効"],
    ["single-use, used", { ...token, singleUse: true, usedAt: earlier }, "使用済み"],
    ["past its expiry", { ...token, expiresAt: earlier }, "期限切れ"],
    ["revoked, even when used and expired", { ...token, singleUse: true, usedAt: earlier, expiresAt: earlier, revokedAt: earlier }, "失効"],
  ] as const)("%s: %s", (_name, t, word) => {
    expect(initialAccessTokenStatus(t, now)).toBe(word);
  });
});
