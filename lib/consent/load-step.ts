// Loads an interaction for a consent page or action, and decides whether this browser may continue it:
//   - it exists and belongs to this institution
//   - it is active and unexpired (else: completed / cancelled / expired, each with its own page)
//   - it answers only to the browser that started it (renkei_browser cookie, lib/auth/browser-id.ts)
//   - after 本人確認, only to the signed-in customer's session bound to it
import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { browserCookie, browserHash } from "@/lib/auth/browser-id";
import { customerSession } from "@/lib/auth/customer-session";
import { getInstitution, type TInstitution } from "@/lib/institutions/get-institution";
import { issuerFor } from "@/lib/config/origin";
import { parseAuthorizationParams, type TAuthorizationParams } from "@/lib/oauth/authorization-request/authorization-params";
import { authorizationResponseUrl } from "@/lib/oauth/authorization-response/load-interaction";
import { parseInteractionState, type TInteractionState } from "./interaction-state";
import { nextStep, type TStep } from "./next-step";

/** A live interaction as a consent page or action sees it. */
export type TLiveStep = {
  kind: "live";
  id: string;
  institution: TInstitution;
  client: { id: string; clientId: string; name: string; aggregatorName: string; registrationNumber: string; channels: string[] };
  params: TAuthorizationParams;
  state: TInteractionState;
  channel: "personal" | "corporate" | null;
  userId: string | null;
  current: TStep;
  deviceHash: string | null;
};

export type TEnded = { kind: "ended"; reason: "completed" | "cancelled" | "expired" | "foreign" | "missing"; backUrl: string | null; institution: TInstitution | null };

export async function loadStep(slug: string, interactionId: string): Promise<TLiveStep | TEnded> {
  const institution = await getInstitution(slug);
  if (!institution || !/^[A-Za-z0-9_-]{20,64}$/.test(interactionId)) return { kind: "ended", reason: "missing", backUrl: null, institution };
  const row = await db.interaction.findUnique({
    where: { id: interactionId },
    include: { client: { select: { id: true, clientId: true, clientName: true, channels: true, aggregator: { select: { name: true, registrationNumber: true } } } } },
  });
  if (!row || row.institutionId !== institution.id) return { kind: "ended", reason: "missing", backUrl: null, institution };
  const browserId = (await cookies()).get(browserCookie().name)?.value;
  const deviceHash = browserId ? browserHash(browserId) : null;
  // A foreign browser learns nothing, not even where the aggregator is.
  if (deviceHash !== row.browserHash) return { kind: "ended", reason: "foreign", backUrl: null, institution };
  const params = parseAuthorizationParams(row.params);
  const expired = row.status === "active" && row.expiresAt < new Date();
  if (row.status !== "active" || expired) {
    const reason = expired || row.status === "expired" ? "expired" : row.status === "completed" ? "completed" : "cancelled";
    const backUrl = reason === "expired"
      ? authorizationResponseUrl(params.redirectUri, { error: "access_denied", error_description: "expired", state: params.state, iss: issuerFor(slug) })
      : null;
    return { kind: "ended", reason, backUrl, institution };
  }
  const state = parseInteractionState(row.state);
  if (state.authenticated) {
    const session = await customerSession();
    if (!session || session.interactionId !== row.id || session.userId !== row.userId) return { kind: "ended", reason: "foreign", backUrl: null, institution };
  }
  const channel = (row.channel as "personal" | "corporate" | null) ?? null;
  return {
    kind: "live",
    id: row.id,
    institution,
    client: {
      id: row.client.id, clientId: row.client.clientId, name: row.client.clientName,
      aggregatorName: row.client.aggregator.name, registrationNumber: row.client.aggregator.registrationNumber,
      channels: JSON.parse(row.client.channels) as string[],
    },
    params,
    state,
    channel,
    userId: row.userId,
    current: nextStep({ settings: institution.settings, params, channel, state }),
    deviceHash,
  };
}
