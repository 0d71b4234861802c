// One machine request as the endpoint handlers see it: the Web request, the institution its URL names,
// and its single-use ids (lib/oauth/endpoints/single-use.ts). Made by lib/endpoints/define-endpoint.ts.
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { SingleUse } from "./single-use";
import type { TMachineRequest } from "@/lib/http/machine-request";

export type TRequestContext = { request: TMachineRequest; institution: TInstitution; singleUse: SingleUse };
