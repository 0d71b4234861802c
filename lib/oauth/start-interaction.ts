// The authorization endpoint under FAPI 2.0 (§5.3.1.2 item 2, RFC 9126 §4): it takes only client_id
// and a request_uri from the PAR endpoint; every other parameter comes from the pushed request.
//   1. the client exists and is active at this institution
//   2. the request_uri is live, unused, and was pushed by this client (RFC 9126 §4, §7.3)
//   3. it is consumed atomically: two racing requests cannot both start an interaction
// Errors here never redirect (the redirect_uri cannot be trusted yet): the caller shows an error page.
import "server-only";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { browserHash } from "@/lib/auth/browser-id";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { parseAuthorizationParams } from "./authorization-params";
import { loadClient } from "./load-client";
import { REQUEST_URI_PREFIX } from "./push-authorization-request";

export const INTERACTION_LIFETIME_SECONDS = 15 * 60;

export type TStartResult =
  | { ok: true; interactionId: string }
  | { ok: false; reason: "unknown_client" | "client_suspended" | "invalid_request_uri" | "missing_parameters" };

export async function startInteraction(
  institution: TInstitution,
  query: URLSearchParams,
  browserId: string,
  ip: string,
): Promise<TStartResult> {
  const clientId = query.get("client_id");
  const requestUri = query.get("request_uri");
  if (!clientId || !requestUri || query.getAll("request_uri").length > 1) return { ok: false, reason: "missing_parameters" };
  const client = await loadClient(institution.id, clientId);
  if (!client) return { ok: false, reason: "unknown_client" };
  if (client.status !== "active") return { ok: false, reason: "client_suspended" };
  if (!requestUri.startsWith(REQUEST_URI_PREFIX)) return { ok: false, reason: "invalid_request_uri" };

  const now = new Date();
  const requestUriHash = hashToken(requestUri.slice(REQUEST_URI_PREFIX.length));
  const pushed = await db.pushedRequest.findUnique({ where: { requestUriHash } });
  if (!pushed || pushed.clientId !== client.id || pushed.institutionId !== institution.id || pushed.expiresAt < now) {
    return { ok: false, reason: "invalid_request_uri" };
  }
  const params = parseAuthorizationParams(pushed.params);
  const channel = params.channel ?? (client.channels.filter((c) => institution.settings.channels.includes(c)).length === 1
    ? client.channels.find((c) => institution.settings.channels.includes(c))
    : undefined);

  const interactionId = randomToken();
  const started = await db.$transaction(async (tx) => {
    // single use: only the request that flips usedAt from null gets to start the interaction
    const consumed = await tx.pushedRequest.updateMany({ where: { id: pushed.id, usedAt: null }, data: { usedAt: now } });
    if (consumed.count !== 1) return false;
    await tx.interaction.create({
      data: {
        id: interactionId,
        institutionId: institution.id,
        clientId: client.id,
        pushedRequestId: pushed.id,
        params: pushed.params,
        channel: channel ?? null,
        step: "login",
        browserHash: browserHash(browserId),
        expiresAt: new Date(now.getTime() + INTERACTION_LIFETIME_SECONDS * 1000),
      },
    });
    await appendAuditEvent(tx, {
      institutionId: institution.id, actorType: "aggregator", actorId: client.clientId, action: "authorization.started",
      targetType: "interaction", targetId: interactionId.slice(0, 8), ip, details: { scopes: params.scopes, channel: channel ?? null },
    });
    return true;
  });
  return started ? { ok: true, interactionId } : { ok: false, reason: "invalid_request_uri" };
}
