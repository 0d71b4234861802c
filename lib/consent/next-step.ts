// The customer's steps as data (docs/design.md §2, docs/seeds/004 手順1–6). The first step whose `pending`
// rule holds is where the customer is; each page renders one step. The institution's settings turn
// steps on and off; the interaction's state says what is done.
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import type { TAuthorizationParams } from "@/lib/oauth/authorization-request/authorization-params";
import type { TInteractionState } from "./interaction-state";

/** What the step engine decides from. */
export type TStepInput = {
  settings: TInstitutionSettings;
  params: TAuthorizationParams;
  channel: string | null;
  state: TInteractionState;
};

export type TStep = { id: TStepId; path: string; pending: (ctx: TStepInput) => boolean };

export type TStepId = "channel" | "login" | "certificate-password" | "additional-auth" | "operations" | "pins" | "pins-result" | "consent";

export const STEPS: TStep[] = [
  // 個人 / 法人: only when the client may use both and its PAR did not say which
  { id: "channel", path: "channel", pending: (c) => !c.channel },
  // 手順1-1 ②: the certificate was accepted, the ログインパスワード is still owed
  { id: "certificate-password", path: "certificate/password", pending: (c) => !c.state.authenticated && c.state.factors.includes("certificate") },
  // 本人確認
  { id: "login", path: "login", pending: (c) => !c.state.authenticated },
  // 手順2 追加認証: risk based, only where the institution uses it
  { id: "additional-auth", path: "additional-auth", pending: (c) => c.settings.steps.additionalAuth && c.state.riskReasons.length > 0 && !c.state.answered },
  // 手順3 認可業務選択: skipped when one operation was asked for
  { id: "operations", path: "operations", pending: (c) => c.settings.steps.operationSelection && c.params.scopes.length > 1 && !c.state.scopes },
  // 手順4–5 照会用暗証番号登録 and its result: skipped when no account was 未登録
  { id: "pins", path: "pins", pending: (c) => c.settings.steps.pinRegistration && c.state.pinStepNeeded && !c.state.pinsConfirmed && c.state.pinView === "form" },
  { id: "pins-result", path: "pins/result", pending: (c) => c.settings.steps.pinRegistration && c.state.pinStepNeeded && !c.state.pinsConfirmed },
  // 手順6 アクセス許可
  { id: "consent", path: "consent", pending: () => true },
];

export function nextStep(ctx: TStepInput): TStep {
  return STEPS.find((step) => step.pending(ctx))!;
}

export function stepPath(slug: string, interactionId: string, step: TStep): string {
  return `/${slug}/authorize/${interactionId}/${step.path}`;
}

/** The scopes the grant will carry: what the customer chose, or all that were asked for. */
export function grantedScopes(ctx: Pick<TStepInput, "params" | "state">) {
  return ctx.state.scopes ?? ctx.params.scopes;
}
