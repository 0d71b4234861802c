// One client as the console's detail page shows it: who it is, how it authenticates — its redirect URIs,
// its keys (each JWK's kid, kty, alg, curve or size and RFC 7638 thumbprint; or its jwks_uri) or its
// certificate's subject DN — and its rows at the operator's institutions. Null when the operator may not
// see it (not enabled at one of their institutions).
import "server-only";
import { calculateJwkThumbprint, type JWK } from "jose";
import { db } from "@/lib/db";
import { parseSettings, type TChannel } from "@/lib/institutions/settings";
import { institutionFilter, type TOperatorScope } from "./operator-scope";
import { offeredChannels } from "./set-partner-dates";
import type { TConsoleClientRow } from "./search-clients";

export type TKeySummary = { kid: string | null; kty: string; alg: string | null; use: string | null; detail: string | null; thumbprint: string | null };

export type TConsoleClientDetail = Omit<TConsoleClientRow, "institutions"> & {
  /** each with the channels it may have a 連携開始日 for (lib/console/set-partner-dates.ts) */
  institutions: (TConsoleClientRow["institutions"][number] & { offeredChannels: TChannel[] })[];
  serviceDescription: string; channels: TChannel[]; scope: string; redirectUris: string[];
  keys: TKeySummary[] | null; jwksUri: string | null; tlsSubjectDn: string | null; hasSecret: boolean;
};

const text = (v: unknown) => (typeof v === "string" ? v : null);

/** A stored JWK Set, summarised; a key that cannot be read is still listed (its thumbprint is null). */
async function summariseKeys(jwks: string): Promise<TKeySummary[]> {
  let keys: Record<string, unknown>[] = [];
  try {
    const parsed = JSON.parse(jwks) as { keys?: unknown };
    keys = Array.isArray(parsed.keys) ? parsed.keys.filter((k): k is Record<string, unknown> => typeof k === "object" && k !== null) : [];
  } catch {
    return [];
  }
  return Promise.all(keys.map(async (k) => ({
    kid: text(k.kid), kty: text(k.kty) ?? "?", alg: text(k.alg), use: text(k.use),
    // RSA: the modulus size; EC / OKP: the curve
    detail: text(k.crv) ?? (typeof k.n === "string" ? `${Math.floor((k.n.length * 6) / 8) * 8} bit` : null),
    thumbprint: await calculateJwkThumbprint(k as JWK).catch(() => null),
  })));
}

export async function getConsoleClient(scope: TOperatorScope, clientId: string): Promise<TConsoleClientDetail | null> {
  const inScope = institutionFilter(scope);
  const c = await db.client.findFirst({
    where: { clientId, ...(inScope ? { institutions: { some: { institutionId: inScope } } } : {}) },
    select: {
      clientId: true, clientName: true, serviceDescription: true, tokenEndpointAuthMethod: true, sandbox: true, createdAt: true, securityProfile: true, securityProfileSunsetAt: true,
      channels: true, scope: true, redirectUris: true, jwks: true, jwksUri: true, tlsClientAuthSubjectDn: true, clientSecretHash: true,
      aggregator: { select: { name: true, registrationNumber: true } },
      institutions: {
        where: inScope ? { institutionId: inScope } : {},
        orderBy: { institution: { slug: "asc" } },
        select: { institutionId: true, status: true, personalSince: true, corporateSince: true, publishedAt: true, institution: { select: { slug: true, name: true, settings: true } } },
      },
    },
  });
  if (!c) return null;
  const channels = JSON.parse(c.channels) as TChannel[];
  return {
    clientId: c.clientId, clientName: c.clientName, serviceDescription: c.serviceDescription, aggregator: c.aggregator.name,
    registrationNumber: c.aggregator.registrationNumber, authMethod: c.tokenEndpointAuthMethod, sandbox: c.sandbox, createdAt: c.createdAt,
    securityProfile: c.securityProfile, securityProfileSunsetAt: c.securityProfileSunsetAt,
    channels, scope: c.scope, redirectUris: JSON.parse(c.redirectUris) as string[],
    keys: c.jwks ? await summariseKeys(c.jwks) : null, jwksUri: c.jwksUri, tlsSubjectDn: c.tlsClientAuthSubjectDn, hasSecret: Boolean(c.clientSecretHash),
    institutions: c.institutions.map((i) => ({
      institutionId: i.institutionId, slug: i.institution.slug, name: i.institution.name, status: i.status,
      offeredChannels: offeredChannels(parseSettings(i.institution.settings).channels, channels),
      personalSince: i.personalSince, corporateSince: i.corporateSince, publishedAt: i.publishedAt,
    })),
  };
}
