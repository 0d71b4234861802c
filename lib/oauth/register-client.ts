// Registers a client (RFC 7591 §3) at one or more institutions: the aggregator is found or created by
// name, the client row is written with its metadata, and a ClientInstitution row enables it with
// today as 連携開始日 for its channels. One transaction with its audit entry (lib/oauth/create-client-record.ts).
// Shared by the registration endpoint and `npm run renkei -- client add`; the console writes through the same record.
import "server-only";
import { importJWK, type JWK } from "jose";
import { createClientRecord } from "./create-client-record";
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
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const { clientId, issuedAt } = await createClientRecord({
    metadata,
    authMethod: metadata.token_endpoint_auth_method,
    institutions: context.institutionIds.map((institutionId) => ({
      institutionId,
      personalSince: metadata.channels.includes("personal") ? today : null,
      corporateSince: metadata.channels.includes("corporate") ? today : null,
    })),
    actor: { type: context.actorType, id: context.actorId, ip: context.ip },
  });
  return { ...metadata, client_id: clientId, client_id_issued_at: Math.floor(issuedAt.getTime() / 1000) };
}
