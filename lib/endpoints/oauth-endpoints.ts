// The authorization server's machine endpoints (docs/design.md §3), each one handler for both mounts
// (lib/endpoints/define-endpoint.ts). Each only dispatches to the lib/oauth function of its RFC.
import "server-only";
import { institutionJwks } from "@/lib/events/institution-jwks";
import { clientIp } from "@/lib/http/client-ip";
import { InvalidClientMetadata } from "@/lib/oauth/errors/oauth-errors";
import { introspectToken } from "@/lib/oauth/token/introspect-token";
import { issueToken } from "@/lib/oauth/token/issue-token";
import { deleteGrant, queryGrant } from "@/lib/oauth/grant-management/manage-grant";
import { oauthJson } from "@/lib/oauth/errors/oauth-json";
import { pushAuthorizationRequest } from "@/lib/oauth/authorization-request/push-authorization-request";
import { registerClient } from "@/lib/oauth/registration/register-client";
import { reserveRegistration } from "@/lib/oauth/registration/reserve-registration";
import { revokeToken } from "@/lib/oauth/token/revoke-token";
import { serverMetadata } from "@/lib/oauth/metadata/server-metadata";
import { verifyInitialAccessToken } from "@/lib/oauth/registration/verify-initial-access-token";
import { oauthEndpoint } from "./define-endpoint";

/** RFC 9126 §2.2: 201 Created with request_uri and expires_in. */
export const parEndpoint = oauthEndpoint({ POST: async (ctx) => oauthJson(await pushAuthorizationRequest(ctx), 201) }, { dpopNonce: true });

/** RFC 6749 §3.2, §5.1. */
export const tokenEndpoint = oauthEndpoint({ POST: async (ctx) => oauthJson(await issueToken(ctx)) }, { dpopNonce: true });

/** RFC 7009 §2.2: 200 with an empty body whether or not the token was known. */
export const revocationEndpoint = oauthEndpoint({ POST: async (ctx) => (await revokeToken(ctx), oauthJson({})) });

/** RFC 7662 §2.2. */
export const introspectionEndpoint = oauthEndpoint({ POST: async (ctx) => oauthJson(await introspectToken(ctx)) });

/** RFC 7591 §3, guarded by an initial access token (§3: 201 Created with the client's metadata). */
export const registrationEndpoint = oauthEndpoint({
  POST: async ({ request, institution }) => {
    const token = await verifyInitialAccessToken(request, institution.id);
    await reserveRegistration(token, clientIp(request));
    if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
      throw new InvalidClientMetadata("content-type must be application/json");
    }
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      throw new InvalidClientMetadata("the body is not JSON");
    }
    const registered = await registerClient(body, {
      institutionIds: [institution.id], actorType: "aggregator", actorId: token.actorId, ip: clientIp(request),
      door: { kind: "token", aggregator: token.aggregator }, spendToken: token.spend,
    });
    return oauthJson(registered, 201);
  },
});

/** FAPI Grant Management §6: query (GET, 200) and revoke (DELETE, 204) one grant. */
export const grantEndpoint = oauthEndpoint({
  GET: async (ctx, params) => oauthJson(await queryGrant(ctx, params.grantId ?? "")),
  DELETE: async (ctx, params) => {
    await deleteGrant(ctx, params.grantId ?? "");
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  },
});

/** RFC 8414 §3, readable from any origin. */
export const metadataEndpoint = oauthEndpoint({
  GET: async ({ institution }) => oauthJson(serverMetadata(institution), 200, { "access-control-allow-origin": "*" }),
});

/** The institution's jwks_uri (RFC 8414 §2): the keys its Security Event Tokens are signed with
 * (lib/events/institution-jwks.ts) — the current one, the next one ahead of its use, the previous ones
 * for a while after. Cacheable for five minutes; a receiver meeting an unknown kid fetches again. */
export const jwksEndpoint = oauthEndpoint({
  GET: async ({ institution }) => oauthJson(await institutionJwks(institution.id), 200, { "access-control-allow-origin": "*", "cache-control": "public, max-age=300" }),
});
