// The authorization endpoint (RFC 6749 §4.1.1). Until the client and its redirect_uri are known, nothing
// redirects (RFC 6749 §4.1.2.1, RFC 9700 §4.11): the caller shows the Japanese error page.
//   1. client_id, once; the client exists and is active at this institution
//   2. its security profile still serves it here (lib/oauth/clients/profile-policy.ts): a baseline client past its
//      sunset, or where the profile is off, is refused with the date
//   3. with a request_uri (FAPI 2.0 §5.3.1.2 item 2, RFC 9126 §4): every parameter comes from the pushed
//      request, which must be live, unused and this client's, and is consumed atomically — two racing
//      requests cannot both start an interaction
//   4. without one: only a baseline client may send its request as query parameters
//      (lib/oauth/authorization-response/start-query-interaction.ts); a fapi2 client gets the error page
import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/crypto/hash-token";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { parseAuthorizationParams } from "@/lib/oauth/authorization-request/authorization-params";
import { createInteraction } from "./create-interaction";
import { loadClient, type TClient } from "@/lib/oauth/clients/load-client";
import { profilePolicy, type TProfileRefusal } from "@/lib/oauth/clients/profile-policy";
import { REQUEST_URI_PREFIX } from "@/lib/oauth/authorization-request/push-authorization-request";
import { startQueryInteraction } from "./start-query-interaction";

export type TRefusalReason =
  | "unknown_client" | "client_suspended" | "invalid_request_uri" | "missing_parameters" | "invalid_redirect_uri" | "profile_refused";
/** An error page: the request cannot be trusted enough to redirect anywhere. */
export type TStartRefusal = { ok: false; reason: TRefusalReason; profileRefusal?: TProfileRefusal };

export type TStartResult =
  | { ok: true; interactionId: string }
  | TStartRefusal
  /** an OAuth error for the client and redirect_uri verified (RFC 6749 §4.1.2.1): the caller redirects */
  | { ok: false; redirectUrl: string };

export async function startInteraction(institution: TInstitution, request: Request, browserId: string, ip: string): Promise<TStartResult> {
  const query = new URL(request.url).searchParams;
  const clientId = query.get("client_id");
  if (!clientId || query.getAll("client_id").length > 1) return { ok: false, reason: "missing_parameters" };
  const client = await loadClient(institution.id, clientId);
  if (!client) return { ok: false, reason: "unknown_client" };
  if (client.status !== "active") return { ok: false, reason: "client_suspended" };
  const policy = profilePolicy(client, institution.settings);
  if (policy.refusal) return { ok: false, reason: "profile_refused", profileRefusal: policy.refusal };
  if (query.has("request_uri")) return startPushedInteraction(institution, client, query, browserId, ip);
  // FAPI 2.0 §5.3.1.2 item 2: a fapi2 client's request comes only through PAR
  if (!policy.queryAuthorizationRequests) return { ok: false, reason: "missing_parameters" };
  return startQueryInteraction(institution, client, request, browserId, ip);
}

async function startPushedInteraction(institution: TInstitution, client: TClient, query: URLSearchParams, browserId: string, ip: string): Promise<TStartResult> {
  const requestUri = query.get("request_uri") ?? "";
  if (query.getAll("request_uri").length > 1) return { ok: false, reason: "missing_parameters" };
  if (!requestUri.startsWith(REQUEST_URI_PREFIX)) return { ok: false, reason: "invalid_request_uri" };
  const now = new Date();
  const pushed = await db.pushedRequest.findUnique({ where: { requestUriHash: hashToken(requestUri.slice(REQUEST_URI_PREFIX.length)) } });
  if (!pushed || pushed.clientId !== client.id || pushed.institutionId !== institution.id || pushed.expiresAt < now) {
    return { ok: false, reason: "invalid_request_uri" };
  }
  const params = parseAuthorizationParams(pushed.params);
  const interactionId = await db.$transaction(async (tx) => {
    // single use: only the request that flips usedAt from null gets to start the interaction
    const consumed = await tx.pushedRequest.updateMany({ where: { id: pushed.id, usedAt: null }, data: { usedAt: now } });
    if (consumed.count !== 1) return null;
    return createInteraction(tx, { institution, client, params, pushedRequestId: pushed.id, browserId, ip, now });
  });
  return interactionId ? { ok: true, interactionId } : { ok: false, reason: "invalid_request_uri" };
}
