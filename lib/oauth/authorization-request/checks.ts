// The checks of an authorization request, in the order the specifications give them (the shape of
// node-oidc-provider's lib/actions/authorization/index.js). Each is one rule in a file of its own with
// its reference; runAuthorizationChecks runs them in turn, and the first that fails decides the error.
// At the PAR endpoint the client has already authenticated (RFC 9126 §2.1, FAPI 2.0 §5.3.1.1:
// lib/oauth/client-authentication/authenticate-client.ts); at the authorization endpoint (a baseline client's query parameters)
// the client and its redirect_uri are known first (lib/oauth/authorization-response/start-query-interaction.ts).
import { ZAuthorizationParams, type TAuthorizationParams } from "./authorization-params";
import { checkAuthorizationDetails } from "./check-authorization-details";
import { checkChannel } from "./check-channel";
import { checkDpopBinding } from "./check-dpop-binding";
import { checkGrantManagement } from "./check-grant-management";
import { checkNoRequestObject } from "./check-no-request-object";
import { checkPkce } from "./check-pkce";
import { checkRedirectUri } from "./check-redirect-uri";
import { checkResponseType } from "./check-response-type";
import { checkScope } from "./check-scope";
import { checkSecurityProfile } from "./check-security-profile";
import { checkState } from "./check-state";
import type { TAuthorizationCheck, TAuthorizationRequest } from "./context";

export const AUTHORIZATION_CHECKS: readonly [string, TAuthorizationCheck][] = [
  ["the client's security profile allows this request (docs/design.md §3, FAPI 2.0 §5.3.1.2 item 2)", checkSecurityProfile],
  ["no request_uri or request object inside (RFC 9126 §2.1)", checkNoRequestObject],
  ["response_type is code (FAPI 2.0 §5.3.1.2 item 1)", checkResponseType],
  ["redirect_uri registered, exact match (FAPI 2.0 §5.3.1.2 items 5–6)", checkRedirectUri],
  ["scope within the client's (RFC 6749 §3.3)", checkScope],
  ["PKCE with S256 (FAPI 2.0 §5.3.1.2 items 3–4, RFC 7636)", checkPkce],
  ["code bound to a DPoP key when one is named (RFC 9449 §10)", checkDpopBinding],
  ["channel offered by client and institution (docs/design.md §3)", checkChannel],
  ["authorization_details of type account_information (RFC 9396 §2)", checkAuthorizationDetails],
  ["state bounded (RFC 6749 §4.1.1)", checkState],
  ["grant_management_action create or replace (FAPI Grant Management §5.4)", checkGrantManagement],
];

/** Runs every check in order; returns the parameters to store with the request. */
export async function runAuthorizationChecks(ctx: TAuthorizationRequest): Promise<TAuthorizationParams> {
  for (const [, check] of AUTHORIZATION_CHECKS) await check(ctx);
  return ZAuthorizationParams.parse({ ...ctx.params, clientId: ctx.client.clientId });
}
