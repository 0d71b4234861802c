// RFC 9126 pushed authorization request, under FAPI 2.0 Security Profile §5.3.1. The checks:
//   1. the client authenticates                                (RFC 9126 §2.1, FAPI 2.0 §5.3.1.1)
//   2. no request_uri inside a pushed request                  (RFC 9126 §2.1)
//   3. response_type is code                                   (FAPI 2.0 §5.3.1.2 item 1)
//   4. redirect_uri is present and exactly a registered one    (FAPI 2.0 §5.3.1.2 items 5–6, RFC 9700 §2.1)
//   5. scope is a non-empty subset of what the client may ask  (RFC 6749 §3.3)
//   6. PKCE with S256                                          (FAPI 2.0 §5.3.1.2 items 3–4, RFC 7636)
//   7. dpop_jkt, or a DPoP proof, binds the code to a key      (RFC 9449 §10)
//   8. channel, when given, is one the client and institution offer (DESIGN.md §3)
//   9. authorization_details are of type account_information  (RFC 9396 §2)
//  10. grant_management_action is create or replace, and replace names an active grant of
//      this client at this institution                         (FAPI Grant Management §5.4, §5.5)
// The request_uri is stored hashed, lives 60 seconds (< 600, RFC 9126 §2.2) and is used once.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { randomToken, hashToken } from "@/lib/crypto/hash-token";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { ZChannel } from "@/lib/institutions/settings";
import { SCOPES, type TAuthorizationParams, type TScope } from "./authorization-params";
import { authenticateClient } from "./authenticate-client";
import { endpointsFor } from "./endpoints";
import { InvalidDpopProof, InvalidGrantId, InvalidRequest, InvalidScope, UnauthorizedClient } from "./errors";
import { readForm } from "./read-form";
import { verifyPostDpopProof } from "./sender-binding";

export const REQUEST_URI_PREFIX = "urn:ietf:params:oauth:request_uri:";
export const REQUEST_URI_LIFETIME = 60;

const ZAuthorizationDetails = z.array(z.object({ type: z.literal("account_information") }).passthrough()).min(1).max(10);

export async function pushAuthorizationRequest(request: Request, institution: TInstitution) {
  const form = await readForm(request);
  const endpoints = endpointsFor(institution.slug);
  // RFC 9126 §2: the issuer, the token endpoint or the PAR endpoint is an acceptable assertion audience
  const client = await authenticateClient(request, form, institution, [endpoints.issuer, endpoints.par, endpoints.mtls.par, endpoints.token, endpoints.mtls.token]);

  if (form.request_uri) throw new InvalidRequest("request_uri must not be sent to the pushed authorization request endpoint");
  if (form.request) throw new InvalidRequest("request objects are not supported");
  if (form.response_type !== "code") throw new InvalidRequest(form.response_type ? "response_type must be code" : "missing response_type");

  const redirectUri = form.redirect_uri;
  if (!redirectUri) throw new InvalidRequest("missing redirect_uri");
  if (!client.redirectUris.includes(redirectUri)) throw new InvalidRequest("redirect_uri is not registered for this client");

  const requested = (form.scope ?? "").split(" ").filter(Boolean);
  if (requested.length === 0) throw new InvalidScope("missing scope: ask for balances and/or transactions");
  for (const scope of requested) {
    if (!(SCOPES as readonly string[]).includes(scope)) throw new InvalidScope(`unknown scope ${scope}`);
    if (!client.scope.includes(scope)) throw new InvalidScope(`the client may not ask for ${scope}`);
  }

  if (!form.code_challenge) throw new InvalidRequest("missing code_challenge (PKCE is required)");
  if (form.code_challenge_method !== "S256") throw new InvalidRequest("code_challenge_method must be S256");
  if (!/^[A-Za-z0-9_-]{43}$/.test(form.code_challenge)) throw new InvalidRequest("code_challenge must be a base64url SHA-256");

  let dpopJkt = form.dpop_jkt;
  if (dpopJkt !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(dpopJkt)) throw new InvalidRequest("dpop_jkt is malformed");
  if (request.headers.has("dpop")) {
    const jkt = await verifyPostDpopProof(request);
    if (dpopJkt && dpopJkt !== jkt) throw new InvalidDpopProof("dpop_jkt does not match the DPoP proof's key");
    dpopJkt = jkt;
  }

  let channel: TAuthorizationParams["channel"];
  if (form.channel !== undefined) {
    const parsed = ZChannel.safeParse(form.channel);
    if (!parsed.success) throw new InvalidRequest("channel must be personal or corporate");
    if (!client.channels.includes(parsed.data)) throw new UnauthorizedClient(`the client is not registered for the ${parsed.data} channel`);
    if (!institution.settings.channels.includes(parsed.data)) throw new InvalidRequest(`this institution has no ${parsed.data} channel`);
    channel = parsed.data;
  }
  if (!client.channels.some((c) => institution.settings.channels.includes(c))) {
    throw new UnauthorizedClient("the client's channels are not offered by this institution");
  }

  let authorizationDetails: TAuthorizationParams["authorizationDetails"];
  if (form.authorization_details !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(form.authorization_details);
    } catch {
      throw new OAuthRarError("authorization_details is not JSON");
    }
    const result = ZAuthorizationDetails.safeParse(parsed);
    if (!result.success) throw new OAuthRarError("authorization_details must be a list of account_information objects");
    authorizationDetails = result.data;
  }
  if (form.state !== undefined && form.state.length > 512) throw new InvalidRequest("state is too long");
  const replaceGrantId = await grantToReplace(form, client.id, institution.id);

  const params: TAuthorizationParams = {
    clientId: client.clientId,
    redirectUri,
    scopes: requested as TScope[],
    state: form.state,
    codeChallenge: form.code_challenge,
    dpopJkt,
    channel,
    authorizationDetails,
    replaceGrantId,
  };
  const handle = randomToken();
  await db.pushedRequest.create({
    data: {
      requestUriHash: hashToken(handle),
      institutionId: institution.id,
      clientId: client.id,
      params: JSON.stringify(params),
      expiresAt: new Date(Date.now() + REQUEST_URI_LIFETIME * 1000),
    },
  });
  return { request_uri: REQUEST_URI_PREFIX + handle, expires_in: REQUEST_URI_LIFETIME };
}

/**
 * FAPI Grant Management §5.4: `create` (or no action) makes a new grant, `replace` keeps the named grant's
 * id with only what the customer now consents to. `merge` is refused: a grant here is always replaced
 * whole (one grant per client and customer, DESIGN.md §5).
 */
async function grantToReplace(form: Record<string, string>, clientRowId: string, institutionId: string): Promise<string | undefined> {
  const action = form.grant_management_action;
  if (action === undefined || action === "create") {
    if (form.grant_id !== undefined) throw new InvalidRequest("grant_id needs grant_management_action=replace");
    return undefined;
  }
  if (action !== "replace") throw new InvalidRequest("grant_management_action must be create or replace (merge is not supported)");
  if (!form.grant_id) throw new InvalidRequest("grant_management_action=replace needs grant_id");
  const grant = await db.grant.findUnique({ where: { id: form.grant_id }, select: { clientId: true, institutionId: true, status: true, expiresAt: true } });
  // §5.5: unknown, another client's, or no longer active → invalid_grant_id
  if (!grant || grant.clientId !== clientRowId || grant.institutionId !== institutionId || grant.status !== "active" || grant.expiresAt < new Date()) {
    throw new InvalidGrantId("grant_id is unknown, not this client's, or no longer active");
  }
  return form.grant_id;
}

class OAuthRarError extends InvalidRequest {
  // RFC 9396 §5: invalid_authorization_details
  readonly error = "invalid_authorization_details";
}
