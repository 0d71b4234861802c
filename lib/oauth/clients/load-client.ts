// A client as one institution sees it: its registration plus its status at that institution.
import "server-only";
import { z } from "zod";
import { hotQueries } from "@/lib/db/hot/hot-queries";
import { ZChannel, type TChannel } from "@/lib/institutions/settings";
import { ZSecurityProfile, type TSecurityProfile } from "./profile-policy";

export type TClient = {
  id: string;
  clientId: string;
  clientName: string;
  aggregatorName: string;
  registrationNumber: string;
  redirectUris: string[];
  jwks: string | null;
  jwksUri: string | null;
  authMethod: "private_key_jwt" | "tls_client_auth" | "client_secret_basic" | "client_secret_post";
  tlsClientAuthSubjectDn: string | null;
  /** the client secret's hash (lib/oauth/client-authentication/verify-client-secret.ts) — read with the client so that secret authentication costs no second query */
  secretHash: string | null;
  sandbox: boolean;
  /** lib/oauth/clients/profile-policy.ts */
  securityProfile: TSecurityProfile;
  securityProfileSunsetAt: Date | null;
  channels: TChannel[];
  scope: string[];
  status: string; // at this institution: active | suspended
};

const ZStringList = z.array(z.string());
const ZChannels = z.array(ZChannel);

/** One query (the client, its aggregator and its status here): it runs on every client authentication. */
export async function loadClient(institutionId: string, clientId: string): Promise<TClient | null> {
  if (!clientId || clientId.length > 200) return null;
  const row = await (await hotQueries()).client(institutionId, clientId);
  if (!row) return null;
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: row.clientName,
    aggregatorName: row.aggregatorName,
    registrationNumber: row.registrationNumber,
    redirectUris: ZStringList.parse(JSON.parse(row.redirectUris)),
    jwks: row.jwks,
    jwksUri: row.jwksUri,
    authMethod: row.tokenEndpointAuthMethod as TClient["authMethod"],
    tlsClientAuthSubjectDn: row.tlsClientAuthSubjectDn,
    secretHash: row.clientSecretHash,
    sandbox: row.sandbox,
    securityProfile: ZSecurityProfile.parse(row.securityProfile),
    securityProfileSunsetAt: row.securityProfileSunsetAt,
    channels: ZChannels.parse(JSON.parse(row.channels)),
    scope: row.scope.split(" ").filter(Boolean),
    status: row.status,
  };
}
