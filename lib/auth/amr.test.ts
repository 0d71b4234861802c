import { describe, expect, it } from "vitest";
import { amrOf, passkeyKeyKind } from "./amr";

describe("amrOf (RFC 8176)", () => {
  it("names password + one-time password as pwd, otp, mfa", () => {
    expect(amrOf(["password", "otp"])).toEqual(["pwd", "otp", "mfa"]);
  });
  it("a password alone is not multi-factor, nor is it with the secret answer (both known)", () => {
    expect(amrOf(["password"])).toEqual(["pwd"]);
    expect(amrOf(["password", "answer"])).toEqual(["pwd", "kba"]);
  });
  it("a certificate and its password are two kinds", () => {
    expect(amrOf(["certificate", "password"])).toEqual(["swk", "pwd", "mfa"]);
  });
  it("a user-verified passkey is hwk or swk by its backup flag, with user and mfa", () => {
    expect(amrOf(["passkey"], passkeyKeyKind(false))).toEqual(["hwk", "user", "mfa"]);
    expect(amrOf(["passkey"], passkeyKeyKind(true))).toEqual(["swk", "user", "mfa"]);
  });
});
