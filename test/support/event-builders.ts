// Test-data builders for lifecycle events, on whatever database lib/db points at: a client with an
// event_delivery_uri (registered the way registration writes clients) and an active grant of it.
import { db } from "@/lib/db";
import { randomToken } from "@/lib/crypto/hash-token";
import { createClientRecord } from "@/lib/oauth/registration/create-client-record";
import { ZClientMetadataSchema } from "@/lib/oauth/registration/client-metadata";
import { parseSettings } from "@/lib/institutions/settings";
import { newAggregator } from "./new-aggregator";

export async function eventClient(options: { slug?: string; eventDeliveryUri?: string | null } = {}) {
  const institution = await db.institution.findUniqueOrThrow({ where: { slug: options.slug ?? "sakura" }, select: { id: true, slug: true, settings: true } });
  const metadata = ZClientMetadataSchema.parse({
    client_name: "イベント家計簿", ...newAggregator("イベントテスト株式会社"),
    redirect_uris: ["http://localhost:8080/callback"], token_endpoint_auth_method: "private_key_jwt",
    jwks: { keys: [{ kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" }] },
    ...(options.eventDeliveryUri === null ? {} : { event_delivery_uri: options.eventDeliveryUri ?? "http://localhost:9/events" }),
  });
  const channels = parseSettings(institution.settings).channels; // what the institution offers
  const result = await createClientRecord({
    metadata, channels, authMethod: "private_key_jwt", door: { kind: "operator", everyInstitution: true },
    institutions: [{ institutionId: institution.id, personalSince: channels.includes("personal") ? "2026-01-01" : null, corporateSince: channels.includes("corporate") ? "2026-01-01" : null }],
    actor: { type: "system" },
  });
  if (!result.ok) throw new Error(`client not written: ${JSON.stringify(result.refusal)}`);
  const { clientId } = result;
  const row = await db.client.findUniqueOrThrow({ where: { clientId }, select: { id: true } });
  return { clientId, id: row.id, institutionId: institution.id, slug: institution.slug };
}

export async function eventGrant(client: { id: string; institutionId: string }, options: { loginId?: string; expiresAt?: Date } = {}) {
  const user = await db.user.findFirstOrThrow({ where: { loginId: options.loginId ?? "1000000001", institutionId: client.institutionId }, select: { id: true } });
  const id = randomToken(16);
  await db.grant.create({
    data: { id, institutionId: client.institutionId, clientId: client.id, userId: user.id, scopes: "balances", expiresAt: options.expiresAt ?? new Date(Date.now() + 90 * 86_400_000) },
  });
  return id;
}
