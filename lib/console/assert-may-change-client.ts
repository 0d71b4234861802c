// A change to a client row itself (its security profile, its sunset, its event_delivery_uri) touches every institution that
// has it enabled: only an operator of all of them may make it (docs/security-habits.md, "one tenant writing
// another's data"). Returns the client and those institutions, read in the caller's transaction.
import "server-only";
import type { TTx } from "@/lib/db";
import { canActFor, ConsoleForbidden, mayChangeClient, type TOperatorScope } from "./operator-scope";

export async function assertMayChangeClient(tx: TTx, scope: TOperatorScope, clientId: string) {
  const client = await tx.client.findUnique({
    where: { clientId },
    select: {
      id: true, clientId: true, securityProfile: true, securityProfileSunsetAt: true, tokenEndpointAuthMethod: true,
      clientName: true, eventDeliveryUri: true, jwks: true, jwksUri: true, tlsClientAuthSubjectDn: true, redirectUris: true, channels: true, scope: true,
      aggregator: { select: { name: true, registrationNumber: true } },
      institutions: { select: { institutionId: true } },
    },
  });
  if (!client || !client.institutions.some((i) => canActFor(scope, i.institutionId))) throw new ConsoleForbidden("クライアントが見つかりません。");
  if (!mayChangeClient(scope, client.institutions)) {
    throw new ConsoleForbidden("このクライアントは権限のない金融機関でも利用されています。変更には、そのすべての金融機関の権限が必要です。");
  }
  return client;
}
