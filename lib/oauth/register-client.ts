// Registers a client (RFC 7591 §3) at one or more institutions: the aggregator is found or created by
// name, the client row is written with its metadata, and a ClientInstitution row enables it with
// today as 連携開始日 for its channels. One transaction with its audit entry. Shared by the
// registration endpoint, `npm run renkei -- client add` and the operator console.
import "server-only";
import { importJWK, type JWK } from "jose";
import { db } from "@/lib/db";
import { randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { InvalidClientMetadata, InvalidRedirectUri } from "./errors";
import { ZClientMetadataSchema, redirectUriProblem, type TClientMetadata } from "./client-metadata";

export type TRegistered = TClientMetadata & { client_id: string; client_id_issued_at: number };

export async function registerClient(
  input: unknown,
  context: { institutionIds: string[]; actorType: "aggregator" | "operator" | "system"; actorId?: string | null; ip?: string },
): Promise<TRegistered> {
  const parsed = ZClientMetadataSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue ? `${issue.path.join(".") || "metadata"}: ${issue.message}` : "invalid client metadata";
    throw new InvalidClientMetadata(message);
  }
  const metadata = parsed.data;
  for (const uri of metadata.redirect_uris) {
    const problem = redirectUriProblem(uri);
    if (problem) throw new InvalidRedirectUri(`redirect_uri ${uri.slice(0, 100)} ${problem}`);
  }
  // The gateway's privilege (introspecting every client's tokens, lib/oauth/introspect-token.ts) is the
  // bank's to give: an initial access token lets an aggregator register, not become the gateway.
  if (context.actorType === "aggregator" && metadata.scope.split(" ").includes("introspection")) {
    throw new InvalidClientMetadata("scope: introspection is granted by the bank's operators only");
  }
  // RFC 7591 §2: jwks must hold usable public keys — refuse now rather than at the first assertion.
  for (const key of metadata.jwks?.keys ?? []) {
    try {
      await importJWK(key as JWK, typeof key.alg === "string" ? key.alg : key.kty === "EC" ? "ES256" : key.kty === "RSA" ? "PS256" : "EdDSA");
    } catch {
      throw new InvalidClientMetadata(`jwks: a key (kid ${typeof key.kid === "string" ? key.kid.slice(0, 40) : "none"}) is not a usable public key`);
    }
  }
  const clientId = `rk_${randomToken(12)}`;
  const now = new Date();
  const today = new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
  await db.$transaction(async (tx) => {
    const aggregator = await tx.aggregator.upsert({
      where: { name: metadata.aggregator_name },
      create: { name: metadata.aggregator_name, registrationNumber: metadata.aggregator_registration_number },
      update: { registrationNumber: metadata.aggregator_registration_number },
    });
    const client = await tx.client.create({
      data: {
        clientId,
        aggregatorId: aggregator.id,
        clientName: metadata.client_name,
        serviceDescription: metadata.service_description ?? "",
        redirectUris: JSON.stringify(metadata.redirect_uris),
        jwks: metadata.jwks ? JSON.stringify(metadata.jwks) : null,
        jwksUri: metadata.jwks_uri ?? null,
        tokenEndpointAuthMethod: metadata.token_endpoint_auth_method,
        tlsClientAuthSubjectDn: metadata.tls_client_auth_subject_dn ?? null,
        channels: JSON.stringify(metadata.channels),
        scope: metadata.scope,
      },
    });
    for (const institutionId of context.institutionIds) {
      await tx.clientInstitution.create({
        data: {
          clientId: client.id,
          institutionId,
          personalSince: metadata.channels.includes("personal") ? today : null,
          corporateSince: metadata.channels.includes("corporate") ? today : null,
        },
      });
      await appendAuditEvent(tx, {
        institutionId, actorType: context.actorType, actorId: context.actorId ?? null, action: "client.registered",
        targetType: "client", targetId: clientId, ip: context.ip ?? null, details: { aggregator: metadata.aggregator_name, method: metadata.token_endpoint_auth_method },
      });
    }
  });
  return { ...metadata, client_id: clientId, client_id_issued_at: Math.floor(now.getTime() / 1000) };
}
