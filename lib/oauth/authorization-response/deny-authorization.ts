// キャンセル (or a failure the customer cannot recover from): the interaction ends and the aggregator
// hears error=access_denied — or temporarily_unavailable when the bank's systems could not answer — with state and
// iss (RFC 6749 §4.1.2.1, RFC 9207).
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { metrics } from "@/lib/observability/metrics";
import { issuerFor } from "@/lib/config/origin";
import { authorizationResponseUrl, loadLiveInteraction } from "./load-interaction";
import { InteractionNotLive } from "./complete-authorization";

export async function denyAuthorization(input: {
  interactionId: string;
  /** temporarily_unavailable: the bank's systems could not answer (lib/consent/finish-interaction.ts) */
  error?: "access_denied" | "temporarily_unavailable";
  description?: string;
  ip?: string;
}): Promise<{ redirectUrl: string }> {
  const interaction = await db.$transaction(async (tx) => {
    const live = await loadLiveInteraction(tx, input.interactionId);
    if (!live) throw new InteractionNotLive("the interaction is not active");
    await tx.interaction.update({ where: { id: live.id }, data: { status: "cancelled", step: "done" } });
    await appendAuditEvent(tx, {
      institutionId: live.institutionId, actorType: "customer", action: "consent.denied", targetType: "interaction",
      targetId: live.id.slice(0, 8), ip: input.ip, details: { client: live.params.clientId },
    });
    return live;
  });
  metrics().consents.inc({ outcome: input.error === "temporarily_unavailable" ? "unavailable" : "refused" });
  return {
    redirectUrl: authorizationResponseUrl(interaction.params.redirectUri, {
      error: input.error ?? "access_denied",
      error_description: input.description,
      state: interaction.params.state,
      iss: issuerFor(interaction.institutionSlug),
    }),
  };
}
