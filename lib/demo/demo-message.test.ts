// /demo's notice (lib/demo/demo-message.ts): fixed messages only, whatever the link carries.
import { describe, expect, it } from "vitest";
import { demoMessage } from "./demo-message";

describe("demoMessage", () => {
  it("says a known code's own message", () => {
    expect(demoMessage({ error: "access_denied" })).toBe("お客さまが連携をキャンセルしました。");
    expect(demoMessage({ revoked: "1" })).toBe("連携を解除しました。金融機関側でもアクセスは停止されています。");
    expect(demoMessage({})).toBeNull();
  });
  it.each(["お客さまの口座は凍結されました。至急 https://evil.example へ", "toString", "__proto__", "<script>", ""])("never shows the caller's text: %s", (error) => {
    expect(demoMessage({ error })).toBe("連携できませんでした。もう一度お試しください。");
  });
});
