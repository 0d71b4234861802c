// What the customer has done so far in one interaction (Interaction.state, JSON). The step engine
// (next-step.ts) reads it; each step's action writes it.
import { z } from "zod";
import { ZScope } from "@/lib/oauth/authorization-request/authorization-params";

export const ZInteractionState = z.object({
  /** the login variant the customer used (settings.login[channel][].kind) */
  loginMethod: z.string().optional(),
  factors: z.array(z.enum(["password", "otp", "certificate", "answer", "passkey"])).default([]),
  /** after a passkey login: its key kind for the grant's amr (lib/auth/amr.ts) */
  passkeyKey: z.enum(["hwk", "swk"]).optional(),
  /** every factor of the login variant passed */
  authenticated: z.boolean().default(false),
  /** why the risk check asks for 追加認証 (new_device, recent_failures, new_network) */
  riskReasons: z.array(z.string()).default([]),
  answered: z.boolean().default(false),
  /** 認可業務選択: the operations the customer chose */
  scopes: z.array(ZScope).optional(),
  /** whether 照会用暗証番号登録 applies (some account was 未登録 when the customer logged in) */
  pinStepNeeded: z.boolean().default(false),
  /** 登録済み*: accounts whose PIN was verified in this flow, effective once the consent completes */
  pendingPinAccountIds: z.array(z.string()).default([]),
  pinView: z.enum(["form", "result"]).default("form"),
  pinsConfirmed: z.boolean().default(false),
});
export type TInteractionState = z.infer<typeof ZInteractionState>;

export function parseInteractionState(json: string): TInteractionState {
  const parsed = ZInteractionState.safeParse(JSON.parse(json || "{}"));
  return parsed.success ? parsed.data : ZInteractionState.parse({});
}
