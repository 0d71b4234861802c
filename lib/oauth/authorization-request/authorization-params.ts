// The authorization request as the pushed request stored it (RFC 9126) and the interaction carries it:
// PushedRequest.params and Interaction.params are this, as JSON. Written by the PAR endpoint after
// validation (checks.ts beside this file), read by the consent engine (lib/consent/…) and by code issuance
// (lib/oauth/authorization-response/complete-authorization.ts).
import { z } from "zod";
import { ZChannel } from "@/lib/institutions/settings";

export const SCOPES = ["balances", "transactions"] as const;
export const ZScope = z.enum(SCOPES);
export type TScope = z.infer<typeof ZScope>;

/** 外部サービスに許可する業務: the screens' names for the scopes (docs/seeds/000, 004). */
export const SCOPE_LABELS: Record<TScope, string> = { balances: "残高照会", transactions: "入出金明細照会" };

export const ZAuthorizationParams = z.object({
  clientId: z.string(), // the public client_id
  redirectUri: z.string(),
  scopes: z.array(ZScope).min(1),
  state: z.string().optional(),
  codeChallenge: z.string(),
  /** RFC 9449 §10: binds the code to this DPoP key */
  dpopJkt: z.string().optional(),
  /** docs/design.md §3: a client registered for both channels may say which login to show */
  channel: ZChannel.optional(),
  /** RFC 9396 account_information details, when the client sent them */
  authorizationDetails: z.array(z.record(z.string(), z.unknown())).optional(),
  /** FAPI Grant Management §5.4: grant_management_action=replace names the grant whose id the new consent keeps */
  replaceGrantId: z.string().optional(),
});
export type TAuthorizationParams = z.infer<typeof ZAuthorizationParams>;

export function parseAuthorizationParams(json: string): TAuthorizationParams {
  return ZAuthorizationParams.parse(JSON.parse(json));
}
