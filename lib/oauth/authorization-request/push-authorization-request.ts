// RFC 9126 pushed authorization request, under FAPI 2.0 Security Profile §5.3.1:
//   1. the client authenticates                      (RFC 9126 §2.1, FAPI 2.0 §5.3.1.1)
//   2. the request passes the authorization checks   (lib/oauth/authorization-request/checks.ts, in order)
//   3. it is stored hashed, lives 60 seconds (< 600, RFC 9126 §2.2) and is used once (lib/oauth/authorization-response/start-interaction.ts)
// The request is stored in one commit with the request's single-use ids (lib/oauth/endpoints/single-use.ts).
import "server-only";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { authenticateClient } from "@/lib/oauth/client-authentication/authenticate-client";
import { runAuthorizationChecks } from "./checks";
import { endpointsFor } from "@/lib/oauth/endpoints/endpoint-urls";
import { readForm } from "@/lib/oauth/endpoints/read-form";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";

export const REQUEST_URI_PREFIX = "urn:ietf:params:oauth:request_uri:";
const REQUEST_URI_LIFETIME = 60;

export async function pushAuthorizationRequest(ctx: TRequestContext) {
  const { request, institution, singleUse } = ctx;
  const form = await readForm(request);
  const endpoints = endpointsFor(institution.slug);
  // RFC 9126 §2: the issuer, the token endpoint or the PAR endpoint is an acceptable assertion audience
  const client = await authenticateClient(ctx, form, [endpoints.issuer, endpoints.par, endpoints.mtls.par, endpoints.token, endpoints.mtls.token]);
  const params = await runAuthorizationChecks({ form, request, singleUse, client, via: "par", institution, params: {} });
  const handle = randomToken();
  await singleUse.commit([{
    kind: "pushedRequest",
    requestUriHash: hashToken(handle),
    institutionId: institution.id,
    clientId: client.id,
    params: JSON.stringify(params),
    expiresAt: new Date(Date.now() + REQUEST_URI_LIFETIME * 1000),
  }]);
  return { request_uri: REQUEST_URI_PREFIX + handle, expires_in: REQUEST_URI_LIFETIME };
}
