// Writes one lifecycle event to the outbox (SecurityEvent), in the caller's transaction — the same one
// as the change it reports, so the change and its event land together or not at all, and a crash after
// the commit only delays the delivery (lib/events/run-event-worker.ts picks it up after a restart).
// A client without an event_delivery_uri gets no row: nobody would receive it.
import "server-only";
import type { TTx } from "@/lib/db";
import { randomToken } from "@/lib/crypto/hash-token";
import { RETRY_WINDOW_MS } from "./delivery-settings";
import type { TEventPayload, TEventType } from "./event-types";

export type TEventInput = {
  institutionId: string;
  /** Client.id (not the public client_id) */
  clientId: string;
  grantId: string;
  type: TEventType;
  payload: TEventPayload;
  /** RFC 8417 §2.2: ties the SETs of one change together (a suspension ending many grants) */
  txn?: string;
  now?: Date;
};

export async function enqueueSecurityEvent(tx: TTx, input: TEventInput): Promise<string | null> {
  const client = await tx.client.findUnique({ where: { id: input.clientId }, select: { eventDeliveryUri: true } });
  if (!client?.eventDeliveryUri) return null;
  const now = input.now ?? new Date();
  const id = randomToken(16); // the SET's jti: 128 random bits (RFC 8417 §2.2, RFC 7519 §4.1.7)
  await tx.securityEvent.create({
    data: {
      id, institutionId: input.institutionId, clientId: input.clientId, grantId: input.grantId, type: input.type,
      payload: JSON.stringify(input.payload), txn: input.txn ?? null, nextAttemptAt: now, giveUpAt: new Date(now.getTime() + RETRY_WINDOW_MS), createdAt: now,
    },
  });
  return id;
}
