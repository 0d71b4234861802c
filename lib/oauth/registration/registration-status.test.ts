// The status a registered client starts with (lib/oauth/registration/registration-status.ts).
import { describe, expect, it } from "vitest";
import { registrationStatus } from "./registration-status";

const ZAIM = { name: "株式会社Zaim", registrationNumber: "関東財務局長（電代）第11号" };

describe("registrationStatus", () => {
  it.each([
    ["unbound token outside the demo, setting unset", { kind: "token", aggregator: null }, {}, false, "pending"],
    ["unbound token in the demo, setting unset", { kind: "token", aggregator: null }, {}, true, "active"],
    ["unbound token in the demo, institution holds them", { kind: "token", aggregator: null }, { unboundClients: "pending" }, true, "pending"],
    ["unbound token outside the demo, institution enables them", { kind: "token", aggregator: null }, { unboundClients: "active" }, false, "active"],
    ["token issued for an aggregator, outside the demo", { kind: "token", aggregator: ZAIM }, { unboundClients: "pending" }, false, "active"],
    ["an operator, outside the demo", { kind: "operator", everyInstitution: false }, { unboundClients: "pending" }, false, "active"],
  ] as const)("%s: %s", (_name, door, registration, demo, expected) => {
    expect(registrationStatus(door, { registration }, demo)).toBe(expected);
  });
});
