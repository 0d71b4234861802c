// A client as one institution sees it: its registration plus its status at that institution.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ZChannel, type TChannel } from "@/lib/institutions/settings";

export type TClient = {
  id: string;
  clientId: string;
  clientName: string;
  aggregatorName: string;
  registrationNumber: string;
  redirectUris: string[];
  jwks: string | null;
  jwksUri: string | null;
  authMethod: "private_key_jwt" | "tls_client_auth" | "client_secret_basic";
  tlsClientAuthSubjectDn: string | null;
  sandbox: boolean;
  channels: TChannel[];
  scope: string[];
  status: string; // at this institution: active | suspended
};

const ZStringList = z.array(z.string());

export async function loadClient(institutionId: string, clientId: string): Promise<TClient | null> {
  if (!clientId || clientId.length > 200) return null;
  const row = await db.client.findUnique({
    where: { clientId },
    select: {
      id: true, clientId: true, clientName: true, redirectUris: true, jwks: true, jwksUri: true,
      tokenEndpointAuthMethod: true, tlsClientAuthSubjectDn: true, sandbox: true, channels: true, scope: true,
      aggregator: { select: { name: true, registrationNumber: true } },
      institutions: { where: { institutionId }, select: { status: true } },
    },
  });
  if (!row || row.institutions.length === 0) return null;
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: row.clientName,
    aggregatorName: row.aggregator.name,
    registrationNumber: row.aggregator.registrationNumber,
    redirectUris: ZStringList.parse(JSON.parse(row.redirectUris)),
    jwks: row.jwks,
    jwksUri: row.jwksUri,
    authMethod: row.tokenEndpointAuthMethod as TClient["authMethod"],
    tlsClientAuthSubjectDn: row.tlsClientAuthSubjectDn,
    sandbox: row.sandbox,
    channels: z.array(ZChannel).parse(JSON.parse(row.channels)),
    scope: row.scope.split(" ").filter(Boolean),
    status: row.institutions[0].status,
  };
}
