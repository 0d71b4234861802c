// Registration limits (lib/oauth/registration/registration-limits.ts): the demo's token leaves room for the test suites'
// few hundred registrations an hour from one address; everything else is counted tightly.
import { describe, expect, it } from "vitest";
import { registrationLimits } from "./registration-limits";

describe("registrationLimits", () => {
  it("gives the demo's environment token and address room for a test suite's registrations", () => {
    const demo = registrationLimits({ fromEnvironment: true }, true);
    expect(demo.perToken).toBeGreaterThanOrEqual(1000);
    expect(demo.perAddress).toBeGreaterThanOrEqual(1000);
  });
  it.each([
    ["an issued token in the demo", false, true],
    ["an issued token outside the demo", false, false],
    ["the environment's token outside the demo", true, false],
  ])("limits %s to a few dozen an hour", (_name, fromEnvironment, demo) => {
    expect(registrationLimits({ fromEnvironment }, demo).perToken).toBeLessThanOrEqual(30);
  });
  it("limits an address outside the demo", () => {
    expect(registrationLimits({ fromEnvironment: false }, false).perAddress).toBeLessThanOrEqual(60);
  });
});
