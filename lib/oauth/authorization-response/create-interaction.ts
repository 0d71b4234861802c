// Starts the customer's way through the consent steps for an authorization request that passed its
// checks: the interaction (answering only to this browser, 15 minutes) and its authorization.started
// audit entry, in the caller's transaction. The request came pushed (lib/oauth/authorization-response/start-interaction.ts) or,
// from a baseline client, as query parameters (lib/oauth/authorization-response/start-query-interaction.ts); the steps that follow
// are the same for both (docs/design.md §2).
import "server-only";
import type { TTx } from "@/lib/db";
import { randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { browserHash } from "@/lib/auth/browser-id";
import type { TInstitution } from "@/lib/institutions/get-institution";
import type { TAuthorizationParams } from "@/lib/oauth/authorization-request/authorization-params";
import type { TClient } from "@/lib/oauth/clients/load-client";

const INTERACTION_LIFETIME_SECONDS = 15 * 60;

export async function createInteraction(
  tx: TTx,
  input: { institution: TInstitution; client: TClient; params: TAuthorizationParams; pushedRequestId: string | null; browserId: string; ip: string; now: Date },
): Promise<string> {
  const { institution, client, params, now } = input;
  // the login screen follows the channel: asked for, or the only one client and institution share (docs/design.md §3)
  const shared = client.channels.filter((c) => institution.settings.channels.includes(c));
  const channel = params.channel ?? (shared.length === 1 ? shared[0] : undefined);
  const interactionId = randomToken();
  await tx.interaction.create({
    data: {
      id: interactionId,
      institutionId: institution.id,
      clientId: client.id,
      pushedRequestId: input.pushedRequestId,
      params: JSON.stringify(params),
      channel: channel ?? null,
      step: "login",
      browserHash: browserHash(input.browserId),
      expiresAt: new Date(now.getTime() + INTERACTION_LIFETIME_SECONDS * 1000),
    },
  });
  await appendAuditEvent(tx, {
    institutionId: institution.id, actorType: "aggregator", actorId: client.clientId, action: "authorization.started",
    targetType: "interaction", targetId: interactionId.slice(0, 8), ip: input.ip,
    details: { scopes: params.scopes, channel: channel ?? null, via: input.pushedRequestId ? "par" : "query" },
  });
  return interactionId;
}
