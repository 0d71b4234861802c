// After the last login factor: the risk check, whether 照会用暗証番号登録 applies, the customer's
// session, and on to the next step. When the risk check asks nothing more, the login is complete here and
// its browser and network become known (lib/auth/record-login-passed.ts); otherwise only once 追加認証
// is answered (lib/consent/actions/additional-auth.ts).
import "server-only";
import { customerAuthFor } from "@/lib/bank/bank-for";
import { customerRefOf } from "@/lib/bank/local-refs";
import { loginRiskReasons } from "@/lib/auth/login-risk-reasons";
import { startCustomerSession } from "@/lib/auth/customer-session";
import { recordLoginPassed } from "@/lib/auth/record-login-passed";
import type { TInteractionState } from "./interaction-state";
import type { TLiveStep } from "./load-step";
import { saveState } from "./save-state";

export async function finishLogin(ctx: TLiveStep, input: { userId: string; state: TInteractionState; ip: string }): Promise<void> {
  const { settings } = ctx.institution;
  const bank = customerAuthFor(ctx.institution);
  const passkey = input.state.factors.includes("passkey");
  const riskReasons = await loginRiskReasons({ institution: ctx.institution, userId: input.userId, deviceHash: ctx.deviceHash, ip: input.ip, passkey });
  const pinStepNeeded = settings.steps.pinRegistration ? (await bank.pinStates(await customerRefOf(ctx.institution, input.userId))).some((a) => !a.registered) : false;
  await saveState(
    ctx.id,
    { state: { ...input.state, authenticated: true, riskReasons, pinStepNeeded }, userId: input.userId },
    { institutionId: ctx.institution.id, actorType: "system", action: "risk.assessed", ip: input.ip, details: { reasons: riskReasons, additionalAuth: riskReasons.length > 0 } },
  );
  if (riskReasons.length === 0) {
    await recordLoginPassed({ institutionId: ctx.institution.id, userId: input.userId, ip: input.ip, deviceHash: ctx.deviceHash, factors: input.state.factors });
  }
  await startCustomerSession({ userId: input.userId, institutionId: ctx.institution.id, interactionId: ctx.id });
}
