// The step engine decides the same way for each institution as the seeds describe.
import { describe, expect, it } from "vitest";
import { demoInstitutions } from "@/prisma/seed/institutions";
import type { TAuthorizationParams } from "@/lib/oauth/authorization-request/authorization-params";
import { ZInteractionState, type TInteractionState } from "./interaction-state";
import { nextStep } from "./next-step";

const settingsOf = (slug: string) => demoInstitutions.find((i) => i.slug === slug)!.settings;
const params: TAuthorizationParams = { clientId: "c", redirectUri: "https://x/cb", scopes: ["balances", "transactions"], codeChallenge: "x".repeat(43) };
const state = (s: Partial<TInteractionState> = {}) => ZInteractionState.parse(s);

describe("nextStep", () => {
  it("asks for the channel first when the PAR did not give one", () => {
    expect(nextStep({ settings: settingsOf("sakura"), params, channel: null, state: state() }).id).toBe("channel");
  });

  it("goes login → consent at sakura (no optional steps)", () => {
    const ctx = { settings: settingsOf("sakura"), params, channel: "personal" };
    expect(nextStep({ ...ctx, state: state() }).id).toBe("login");
    expect(nextStep({ ...ctx, state: state({ authenticated: true, riskReasons: ["new_device"] }) }).id).toBe("consent");
  });

  it("walks every step of docs/seeds/004 at kita", () => {
    const ctx = { settings: settingsOf("kita"), params, channel: "corporate" };
    expect(nextStep({ ...ctx, state: state({ factors: ["certificate"] }) }).id).toBe("certificate-password");
    expect(nextStep({ ...ctx, state: state({ authenticated: true, riskReasons: ["new_device"], pinStepNeeded: true }) }).id).toBe("additional-auth");
    expect(nextStep({ ...ctx, state: state({ authenticated: true, riskReasons: ["new_device"], answered: true, pinStepNeeded: true }) }).id).toBe("operations");
    expect(nextStep({ ...ctx, state: state({ authenticated: true, scopes: ["balances"], pinStepNeeded: true }) }).id).toBe("pins");
    expect(nextStep({ ...ctx, state: state({ authenticated: true, scopes: ["balances"], pinStepNeeded: true, pinView: "result" }) }).id).toBe("pins-result");
    expect(nextStep({ ...ctx, state: state({ authenticated: true, scopes: ["balances"], pinStepNeeded: true, pinsConfirmed: true }) }).id).toBe("consent");
  });

  it("skips 認可業務選択 when one operation was asked for, and 照会用暗証番号登録 when nothing is 未登録", () => {
    const ctx = { settings: settingsOf("kita"), params: { ...params, scopes: ["balances" as const] }, channel: "corporate" };
    expect(nextStep({ ...ctx, state: state({ authenticated: true, pinStepNeeded: false }) }).id).toBe("consent");
  });
});
