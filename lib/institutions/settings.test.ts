// The institution settings' login variants: the forgotten-password link of the お客様ID login is the bank's
// own page, so the setting is required (no "#" default that leads nowhere) and must be an https URL or a
// path on this origin.
import { describe, expect, it } from "vitest";
import { ZLoginMethod } from "./settings";

describe("customer-id login: forgotPasswordUrl", () => {
  it("is required", () => {
    expect(ZLoginMethod.safeParse({ kind: "customer-id" }).success).toBe(false);
  });

  it.each([["https://www.minato-shinkin.example/help/password"], ["/minato/help/password"]])("accepts %s", (url) => {
    expect(ZLoginMethod.safeParse({ kind: "customer-id", forgotPasswordUrl: url }).success).toBe(true);
  });

  it.each([["#"], [""], ["javascript:alert(1)"], ["http://bank.example/help"], ["//evil.example/help"]])("refuses %j", (url) => {
    expect(ZLoginMethod.safeParse({ kind: "customer-id", forgotPasswordUrl: url }).success).toBe(false);
  });
});
