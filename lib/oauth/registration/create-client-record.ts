// Writes a registered client: its aggregator (found or created by name), the client row, one
// ClientInstitution row per institution with its 連携開始日 per channel, and a `client.registered`
// audit entry at each — in one transaction. The metadata is already checked (ZClientMetadataSchema).
// Used by dynamic registration (lib/oauth/registration/register-client.ts) and the console (lib/console/register-console-client.ts).
// What a registration may not write is decided here, once for every door (docs/security-habits.md):
//   - which aggregator it may name (a token's own, a new one, never another's 登録番号):
//     lib/oauth/registration/registration-aggregator-problem.ts, asked inside the transaction; refused, nothing is written
//   - a single-use initial access token is spent in the same transaction, so two racing registrations
//     cannot both use it, and a refused registration leaves it unspent
//   - an institution gets a 連携開始日 only for a channel it offers (its settings.channels), or the client
//     would be registered and then refused at PAR (lib/oauth/authorization-request/push-authorization-request.ts)
import "server-only";
import { db } from "@/lib/db";
import { randomToken } from "@/lib/crypto/hash-token";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { parseSettings, type TChannel } from "@/lib/institutions/settings";
import type { TClientMetadata } from "./client-metadata";
import type { TClient } from "@/lib/oauth/clients/load-client";
import { registrationAggregatorProblem, type TAggregatorRefusal, type TRegistrationDoor } from "./registration-aggregator-problem";

export type TClientRecord = {
  metadata: TClientMetadata;
  /** the client's channels: the metadata's, or what the institutions offer when it named none */
  channels: TChannel[];
  /** the metadata's method, or client_secret_basic for a sandbox client made by an operator */
  authMethod: TClient["authMethod"];
  clientSecretHash?: string | null;
  sandbox?: boolean;
  /** the metadata's security_profile; a baseline client always with its sunset (lib/oauth/registration/baseline-sunset-for.ts) */
  securityProfileSunsetAt?: Date | null;
  /** status: pending until an operator enables it there (lib/oauth/registration/registration-status.ts); active when not given */
  institutions: { institutionId: string; personalSince: string | null; corporateSince: string | null; status?: "active" | "pending" }[];
  actor: { type: "aggregator" | "operator" | "system"; id?: string | null; ip?: string | null };
  /** who registers: an initial access token (bound to an aggregator or not) or an operator / the shell */
  door: TRegistrationDoor;
  /** the initial access token to spend, when it is single-use */
  spendToken?: string | null;
};

export type TClientRecordRefusal =
  | TAggregatorRefusal
  | { field: "initial_access_token"; reason: "spent" }
  | { field: "channels"; institution: { slug: string; name: string }; channel: TChannel; offered: TChannel[] };

export type TClientRecordResult = { ok: true; clientId: string; issuedAt: Date } | { ok: false; refusal: TClientRecordRefusal };

/** Thrown inside the transaction so that a refusal rolls back whatever was written before it. */
class Refused extends Error {
  constructor(readonly refusal: TClientRecordRefusal) {
    super(refusal.field);
  }
}

export async function createClientRecord(record: TClientRecord): Promise<TClientRecordResult> {
  const { metadata: m, authMethod } = record;
  // a sandbox client made in the console passes placeholder keys through the metadata check: never stored
  const keys = !(record.sandbox && authMethod === "client_secret_basic");
  if (m.security_profile === "baseline" && !record.securityProfileSunsetAt) throw new Error("a baseline client needs its sunset");
  const clientId = `rk_${randomToken(12)}`;
  const issuedAt = new Date();
  const written = db.$transaction(async (tx) => {
    const institutions = await tx.institution.findMany({
      where: { id: { in: record.institutions.map((i) => i.institutionId) } },
      select: { id: true, slug: true, name: true, settings: true },
    });
    for (const row of record.institutions) {
      const institution = institutions.find((i) => i.id === row.institutionId);
      if (!institution) throw new Error(`no institution ${row.institutionId}`); // the callers pass ids they looked up
      const offered = parseSettings(institution.settings).channels;
      const asked: TChannel[] = [...(row.personalSince ? ["personal" as const] : []), ...(row.corporateSince ? ["corporate" as const] : [])];
      const channel = asked.find((c) => !offered.includes(c));
      if (channel) throw new Refused({ field: "channels", institution: { slug: institution.slug, name: institution.name }, channel, offered });
    }

    if (record.spendToken) {
      const spent = await tx.initialAccessToken.updateMany({ where: { id: record.spendToken, usedAt: null }, data: { usedAt: issuedAt } });
      if (spent.count !== 1) throw new Refused({ field: "initial_access_token", reason: "spent" });
    }
    const asked = { name: m.aggregator_name, registrationNumber: m.aggregator_registration_number };
    const identity = { name: true, registrationNumber: true } as const;
    const byName = await tx.aggregator.findUnique({ where: { name: asked.name }, select: identity });
    const byNumber = await tx.aggregator.findFirst({ where: { registrationNumber: asked.registrationNumber }, select: identity });
    const problem = registrationAggregatorProblem(asked, { byName, byNumber }, record.door);
    if (problem) throw new Refused(problem);
    const aggregator = await tx.aggregator.upsert({
      where: { name: m.aggregator_name },
      create: { name: m.aggregator_name, registrationNumber: m.aggregator_registration_number },
      update: {},
    });
    if (aggregator.registrationNumber !== m.aggregator_registration_number) {
      await tx.aggregator.update({ where: { id: aggregator.id }, data: { registrationNumber: m.aggregator_registration_number } });
      await appendAuditEvent(tx, {
        institutionId: null, actorType: record.actor.type, actorId: record.actor.id ?? null, action: "aggregator.registration-number-changed",
        targetType: "aggregator", targetId: aggregator.id, ip: record.actor.ip ?? null,
        details: { aggregator: aggregator.name, before: aggregator.registrationNumber, after: m.aggregator_registration_number },
      });
    }
    const client = await tx.client.create({
      data: {
        clientId, aggregatorId: aggregator.id, clientName: m.client_name, serviceDescription: m.service_description ?? "",
        redirectUris: JSON.stringify(m.redirect_uris),
        jwks: keys && m.jwks ? JSON.stringify(m.jwks) : null,
        jwksUri: keys ? m.jwks_uri ?? null : null,
        tokenEndpointAuthMethod: authMethod, tlsClientAuthSubjectDn: m.tls_client_auth_subject_dn ?? null,
        clientSecretHash: record.clientSecretHash ?? null, sandbox: record.sandbox ?? false,
        channels: JSON.stringify(record.channels), scope: m.scope, eventDeliveryUri: m.event_delivery_uri ?? null,
        securityProfile: m.security_profile, securityProfileSunsetAt: m.security_profile === "baseline" ? record.securityProfileSunsetAt : null,
      },
    });
    for (const { institutionId, personalSince, corporateSince, status } of record.institutions) {
      await tx.clientInstitution.create({ data: { clientId: client.id, institutionId, personalSince, corporateSince, status: status ?? "active" } });
      await appendAuditEvent(tx, {
        institutionId, actorType: record.actor.type, actorId: record.actor.id ?? null, action: "client.registered",
        targetType: "client", targetId: clientId, ip: record.actor.ip ?? null,
        details: {
          aggregator: m.aggregator_name, client: m.client_name, method: authMethod, sandbox: record.sandbox ?? false, personalSince, corporateSince,
          profile: m.security_profile, ...(m.security_profile === "baseline" ? { sunsetAt: record.securityProfileSunsetAt?.toISOString() } : {}),
        },
      });
    }
  });
  try {
    await written;
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
  return { ok: true, clientId, issuedAt };
}
