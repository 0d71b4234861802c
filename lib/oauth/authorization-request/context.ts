// What the authorization-request checks (lib/oauth/authorization-request/checks.ts) read and fill in:
// the request's parameters, how they came, the client that sent them, the institution, and the validated
// parameters as they will be stored (TAuthorizationParams).
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { TAuthorizationParams } from "./authorization-params";
import type { TClient } from "@/lib/oauth/clients/load-client";
import type { SingleUse } from "@/lib/oauth/endpoints/single-use";
import type { TMachineRequest } from "@/lib/http/machine-request";

export type TAuthorizationRequest = {
  /** the request's parameters, each given once (lib/oauth/endpoints/read-form.ts) */
  form: Record<string, string>;
  request: TMachineRequest;
  /** the request's single-use ids (a DPoP proof's jti, lib/oauth/endpoints/single-use.ts) */
  singleUse: SingleUse;
  client: TClient;
  /** how it came: pushed (RFC 9126) or as the authorization endpoint's query parameters (baseline only) */
  via: "par" | "query";
  institution: Pick<TInstitution, "id" | "settings">;
  /** filled in check by check; complete after the last one */
  params: Partial<TAuthorizationParams>;
};

/** One rule of the authorization request: throws the OAuth error of that rule, or fills in `params`. */
export type TAuthorizationCheck = (ctx: TAuthorizationRequest) => void | Promise<void>;
