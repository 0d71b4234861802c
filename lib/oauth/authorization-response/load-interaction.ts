// An interaction with what the steps and the code issuance need, or null when it is not live.
import "server-only";
import type { TTx } from "@/lib/db";
import { parseAuthorizationParams, type TAuthorizationParams } from "@/lib/oauth/authorization-request/authorization-params";

export type TLiveInteraction = {
  id: string;
  institutionId: string;
  institutionSlug: string;
  consentDays: number;
  clientRowId: string;
  params: TAuthorizationParams;
};

export async function loadLiveInteraction(tx: TTx, interactionId: string): Promise<TLiveInteraction | null> {
  const row = await tx.interaction.findUnique({
    where: { id: interactionId },
    select: { id: true, status: true, expiresAt: true, institutionId: true, clientId: true, params: true, institution: { select: { slug: true, consentDays: true } } },
  });
  if (!row || row.status !== "active" || row.expiresAt < new Date()) return null;
  return {
    id: row.id,
    institutionId: row.institutionId,
    institutionSlug: row.institution.slug,
    consentDays: row.institution.consentDays,
    clientRowId: row.clientId,
    params: parseAuthorizationParams(row.params),
  };
}

/** RFC 9207 §2: the authorization response carries iss; state is echoed (RFC 6749 §4.1.2). */
export function authorizationResponseUrl(redirectUri: string, values: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(values)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}
