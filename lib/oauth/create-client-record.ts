// Writes a registered client: its aggregator (found or created by name), the client row, one
// ClientInstitution row per institution with its 連携開始日 per channel, and a `client.registered`
// audit entry at each — in one transaction. The metadata is already checked (ZClientMetadataSchema).
// Used by dynamic registration (lib/oauth/register-client.ts) and the console (lib/console/register-console-client.ts).
import "server-only";
import { db } from "@/lib/db";
import { randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { TClientMetadata } from "./client-metadata";
import type { TClient } from "./load-client";

export type TClientRecord = {
  metadata: TClientMetadata;
  /** the metadata's method, or client_secret_basic for a sandbox client made by an operator */
  authMethod: TClient["authMethod"];
  clientSecretHash?: string | null;
  sandbox?: boolean;
  institutions: { institutionId: string; personalSince: string | null; corporateSince: string | null }[];
  actor: { type: "aggregator" | "operator" | "system"; id?: string | null; ip?: string | null };
};

export async function createClientRecord(record: TClientRecord): Promise<{ clientId: string; issuedAt: Date }> {
  const { metadata: m, authMethod } = record;
  const keys = authMethod !== "client_secret_basic";
  const clientId = `rk_${randomToken(12)}`;
  const issuedAt = new Date();
  await db.$transaction(async (tx) => {
    const aggregator = await tx.aggregator.upsert({
      where: { name: m.aggregator_name },
      create: { name: m.aggregator_name, registrationNumber: m.aggregator_registration_number },
      update: { registrationNumber: m.aggregator_registration_number },
    });
    const client = await tx.client.create({
      data: {
        clientId, aggregatorId: aggregator.id, clientName: m.client_name, serviceDescription: m.service_description ?? "",
        redirectUris: JSON.stringify(m.redirect_uris),
        jwks: keys && m.jwks ? JSON.stringify(m.jwks) : null,
        jwksUri: keys ? m.jwks_uri ?? null : null,
        tokenEndpointAuthMethod: authMethod, tlsClientAuthSubjectDn: m.tls_client_auth_subject_dn ?? null,
        clientSecretHash: record.clientSecretHash ?? null, sandbox: record.sandbox ?? false,
        channels: JSON.stringify(m.channels), scope: m.scope,
      },
    });
    for (const { institutionId, personalSince, corporateSince } of record.institutions) {
      await tx.clientInstitution.create({ data: { clientId: client.id, institutionId, personalSince, corporateSince } });
      await appendAuditEvent(tx, {
        institutionId, actorType: record.actor.type, actorId: record.actor.id ?? null, action: "client.registered",
        targetType: "client", targetId: clientId, ip: record.actor.ip ?? null,
        details: { aggregator: m.aggregator_name, client: m.client_name, method: authMethod, sandbox: record.sandbox ?? false, personalSince, corporateSince },
      });
    }
  });
  return { clientId, issuedAt };
}
