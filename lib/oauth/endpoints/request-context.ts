// One machine request as the endpoint handlers see it: the Web request, the institution its URL names,
// and its single-use ids (lib/oauth/endpoints/single-use.ts). Made by lib/endpoints/define-endpoint.ts.
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { SingleUse } from "./single-use";
import type { TMachineRequest } from "@/lib/http/machine-request";
import type { THotWrite } from "@/lib/db/hot/hot-queries";

/**
 * The call's meter (lib/limits/meter.ts), told who the client is as soon as a check here knows it: it counts the
 * call against the client's limits (throwing when it is over one) and attributes its usage. Declared here by
 * shape, so lib/oauth needs nothing of lib/limits.
 */
export type TRequestMeter = {
  identified(clientId: string): void;
  clientAuthenticated(clientId: string): Promise<void>;
  resourceAccess(access: { clientId: string; grantId: string }): Promise<{ writes: THotWrite[]; settle: () => void }>;
};

export type TRequestContext = { request: TMachineRequest; institution: TInstitution; singleUse: SingleUse; meter?: TRequestMeter };
