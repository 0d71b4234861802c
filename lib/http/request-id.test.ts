import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

describe("a request id", () => {
  it("is the proxy's when it is a plain token", () => {
    expect(requestIdFrom("lb-7f3a.42")).toBe("lb-7f3a.42");
  });
  it("is made anew when missing, repeated, too long or not plain (a line break could forge a log line)", () => {
    for (const value of [undefined, ["a", "b"], "x".repeat(129), "a\nb", "a b", ""]) {
      expect(requestIdFrom(value)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
