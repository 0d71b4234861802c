// The one rule of which aggregator a registration may name (lib/oauth/registration/registration-aggregator-problem.ts), table-driven.
import { describe, expect, it } from "vitest";
import { registrationAggregatorProblem, type TRegistrationDoor } from "./registration-aggregator-problem";

const ZAIM = { name: "株式会社Zaim", registrationNumber: "関東財務局長（電代）第11号" };
const NEW = { name: "新規株式会社", registrationNumber: "関東財務局長（電代）第500号" };
const unbound: TRegistrationDoor = { kind: "token", aggregator: null };
const boundToNew: TRegistrationDoor = { kind: "token", aggregator: NEW };
const boundToZaim: TRegistrationDoor = { kind: "token", aggregator: ZAIM };
const oneInstitution: TRegistrationDoor = { kind: "operator", everyInstitution: false };
const everyInstitution: TRegistrationDoor = { kind: "operator", everyInstitution: true };
const none = { byName: null, byNumber: null };
const zaimKnown = { byName: ZAIM, byNumber: ZAIM };

describe("registrationAggregatorProblem", () => {
  it.each([
    ["a bound token naming another company", ZAIM, zaimKnown, boundToNew, { reason: "not-the-token-aggregator", field: "aggregator_name" }],
    ["a bound token naming its company under another number", { ...NEW, registrationNumber: "第1号" }, none, boundToNew, { reason: "not-the-token-aggregator", field: "aggregator_registration_number" }],
    ["the unbound token naming a registered company", ZAIM, zaimKnown, unbound, { reason: "already-registered", field: "aggregator_name", aggregator: ZAIM.name }],
    ["the unbound token naming a registered company under a new number", { ...ZAIM, registrationNumber: "第2号" }, { byName: ZAIM, byNumber: null }, unbound, { reason: "already-registered", field: "aggregator_name" }],
    ["a new company under a registered number (unbound token)", { ...NEW, registrationNumber: ZAIM.registrationNumber }, { byName: null, byNumber: ZAIM }, unbound, { reason: "number-taken", holder: ZAIM.name }],
    ["a new company under a registered number (operator of every institution)", { ...NEW, registrationNumber: ZAIM.registrationNumber }, { byName: null, byNumber: ZAIM }, everyInstitution, { reason: "number-taken" }],
    ["a known company moved onto another's number (operator of every institution)", { name: NEW.name, registrationNumber: ZAIM.registrationNumber }, { byName: NEW, byNumber: ZAIM }, everyInstitution, { reason: "number-taken" }],
    ["a known company under a new number (operator of one institution)", { ...ZAIM, registrationNumber: "第2号" }, { byName: ZAIM, byNumber: null }, oneInstitution, { reason: "number-change", registered: ZAIM.registrationNumber }],
  ] as const)("refuses %s", (_name, asked, existing, door, refusal) => {
    expect(registrationAggregatorProblem(asked, existing, door)).toMatchObject(refusal);
  });

  it.each([
    ["the unbound token creating a new company", NEW, none, unbound],
    ["a bound token creating its company", NEW, none, boundToNew],
    ["a token issued for a registered company adding a client", ZAIM, zaimKnown, boundToZaim],
    ["an operator adding a client of a registered company", ZAIM, zaimKnown, oneInstitution],
    ["an operator of every institution changing a company's number to a free one", { ...ZAIM, registrationNumber: "第2号" }, { byName: ZAIM, byNumber: null }, everyInstitution],
  ] as const)("allows %s", (_name, asked, existing, door) => {
    expect(registrationAggregatorProblem(asked, existing, door)).toBeNull();
  });
});
