// Registers a client (RFC 7591 §3) at one or more institutions: the aggregator is found or created by
// name (what a registration may name: lib/oauth/registration/registration-aggregator-problem.ts), the client row is written with its metadata, and a ClientInstitution row enables it with
// today as 連携開始日 for its channels — or pending until an operator enables it (lib/oauth/registration/registration-status.ts). One transaction with its audit entry (lib/oauth/registration/create-client-record.ts).
// The security profile (lib/oauth/clients/profile-policy.ts): a baseline client gets its sunset from the
// institutions (refused where the profile is off) and, with a secret method, a secret Renkei makes —
// returned here once (RFC 7591 §3.2.1), stored only hashed.
// Registering never lists it on 連携先一覧: an operator publishes it there, after the bank's review, with
// the dates the operator confirms or sets (lib/console/set-partner-listing.ts).
// Shared by the registration endpoint and `npm run renkei -- client add`; the console writes through the same record.
// Channels: the ones the metadata names, each of which every institution must offer; none named, the ones
// the institutions offer, each institution enabled for its own. RFC 7591 §3.2.2: a value the server
// does not accept is invalid_client_metadata, and what it registered is in the response.
import "server-only";
import { db } from "@/lib/db";
import { CHANNELS, parseSettings, type TChannel } from "@/lib/institutions/settings";
import { jstIsoDate } from "@/lib/time/jst";
import { baselineSunsetFor } from "./baseline-sunset-for";
import { createClientRecord, type TClientRecordRefusal } from "./create-client-record";
import { issueClientSecret } from "./issue-client-secret";
import { SECRET_AUTH_METHODS, type TSecurityProfile } from "@/lib/oauth/clients/profile-policy";
import { unusableKeyProblem } from "./unusable-key-problem";
import { InvalidClientMetadata, InvalidRedirectUri, InvalidToken } from "@/lib/oauth/errors/oauth-errors";
import { aggregatorRefusalDescription, type TRegistrationDoor } from "./registration-aggregator-problem";
import { registrationStatus } from "./registration-status";
import { demoDataWanted } from "@/lib/config/demo-data-wanted";
import { ZClientMetadataSchema, redirectUriProblem, type TClientMetadata } from "./client-metadata";
import { outboundTargetProblem } from "@/lib/http/outbound-target-problem";

export type TRegistered = TClientMetadata & {
  client_id: string;
  client_id_issued_at: number;
  security_profile: TSecurityProfile;
  /** RFC 9126 §6: a fapi2 client's requests come only through PAR */
  require_pushed_authorization_requests: boolean;
  /** baseline: when the profile stops serving the client (seconds since the epoch) */
  security_profile_sunset_at?: number;
  client_secret?: string;
  /** RFC 7591 §3.2.1: the secret works while the profile does — until the sunset */
  client_secret_expires_at?: number;
};

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export async function registerClient(
  input: unknown,
  context: {
    institutionIds: string[]; actorType: "aggregator" | "operator" | "system"; actorId?: string | null; ip?: string;
    /** who registers: an aggregator's initial access token (bound to an aggregator or to none), or an operator /
     * the shell (`renkei client add`, which acts for every institution) */
    door: TRegistrationDoor;
    /** the single-use initial access token this registration spends */
    spendToken?: string | null;
  },
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
  // docs/security-habits.md, "requests the server makes": a URL Renkei will fetch must not lead to an internal host.
  for (const field of ["jwks_uri", "event_delivery_uri"] as const) {
    const uri = metadata[field];
    const problem = uri ? await outboundTargetProblem(uri) : null;
    if (problem) throw new InvalidClientMetadata(`${field}: ${problem}`);
  }
  // The gateway's privilege (introspecting every client's tokens, lib/oauth/token/introspect-token.ts) is the
  // bank's to give: an initial access token lets an aggregator register, not become the gateway.
  if (context.actorType === "aggregator" && metadata.scope.split(" ").includes("introspection")) {
    throw new InvalidClientMetadata("scope: introspection is granted by the bank's operators only");
  }
  const keyProblem = await unusableKeyProblem(metadata.jwks);
  if (keyProblem) throw new InvalidClientMetadata(keyProblem);
  let sunsetAt: Date | null = null;
  if (metadata.security_profile === "baseline") {
    const terms = await baselineSunsetFor(context.institutionIds);
    if (!terms.ok) throw new InvalidClientMetadata(`security_profile: baseline is turned off at ${terms.refusedBy.slug}; register with security_profile fapi2`);
    sunsetAt = terms.sunsetAt;
  }
  const secret = (SECRET_AUTH_METHODS as readonly string[]).includes(metadata.token_endpoint_auth_method) ? issueClientSecret() : null;
  const today = jstIsoDate();
  const institutions = await db.institution.findMany({ where: { id: { in: context.institutionIds } }, select: { id: true, settings: true } });
  const settingsOf = new Map(institutions.map((i) => [i.id, parseSettings(i.settings)]));
  const offeredAt = new Map([...settingsOf].map(([id, settings]) => [id, settings.channels]));
  const demo = demoDataWanted();
  const channels: TChannel[] = metadata.channels ?? CHANNELS.filter((c) => [...offeredAt.values()].some((offered) => offered.includes(c)));
  const enabledAt = (institutionId: string, channel: TChannel) =>
    channels.includes(channel) && (metadata.channels !== undefined || (offeredAt.get(institutionId) ?? []).includes(channel));
  const result = await createClientRecord({
    metadata,
    channels,
    authMethod: metadata.token_endpoint_auth_method,
    clientSecretHash: secret?.hash ?? null,
    securityProfileSunsetAt: sunsetAt,
    institutions: context.institutionIds.map((institutionId) => ({
      institutionId,
      personalSince: enabledAt(institutionId, "personal") ? today : null,
      corporateSince: enabledAt(institutionId, "corporate") ? today : null,
      status: registrationStatus(context.door, settingsOf.get(institutionId) ?? { registration: {} }, demo),
    })),
    actor: { type: context.actorType, id: context.actorId, ip: context.ip },
    door: context.door,
    spendToken: context.spendToken ?? null,
  });
  if (!result.ok) {
    if (result.refusal.field === "initial_access_token") throw new InvalidToken("the initial access token was single-use and has been used");
    throw new InvalidClientMetadata(refusalMessage(result.refusal));
  }
  return {
    ...metadata,
    channels,
    client_id: result.clientId,
    client_id_issued_at: seconds(result.issuedAt),
    require_pushed_authorization_requests: metadata.security_profile === "fapi2",
    ...(sunsetAt ? { security_profile_sunset_at: seconds(sunsetAt) } : {}),
    ...(secret && sunsetAt ? { client_secret: secret.secret, client_secret_expires_at: seconds(sunsetAt) } : {}),
  };
}

function refusalMessage(refusal: Exclude<TClientRecordRefusal, { field: "initial_access_token" }>): string {
  if (refusal.field === "channels") {
    return `channels: ${refusal.institution.slug} does not offer the ${refusal.channel} channel (it offers ${refusal.offered.join(", ")})`;
  }
  return aggregatorRefusalDescription(refusal);
}
