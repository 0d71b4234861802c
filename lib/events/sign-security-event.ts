// One outbox row as a Security Event Token (RFC 8417): a JWS signed with the institution's current
// key (published at its jwks_uri), header typ "secevent+jwt" (RFC 8417 §2.3), claims iss (the
// institution's issuer), aud (the client_id), iat (when the event was written), jti (the row's id),
// txn where one change made several events, and `events` with exactly one event (RFC 8417 §2.2).
// No exp: a SET states a fact that does not expire (RFC 8417 §2.2); no sub: the grant is the subject, in the payload.
import "server-only";
import { SignJWT } from "jose";
import { issuerFor } from "@/lib/config/origin";
import { eventTypeUri, type TEventType } from "./event-types";
import { institutionSigningKey } from "./institution-signing-key";

export type TEventToSign = {
  id: string; type: string; payload: string; txn: string | null; createdAt: Date;
  institution: { id: string; slug: string }; client: { clientId: string };
};

export async function signSecurityEvent(event: TEventToSign): Promise<string> {
  const { kid, alg, key } = await institutionSigningKey(event.institution.id);
  return new SignJWT({ events: { [eventTypeUri(event.type as TEventType)]: JSON.parse(event.payload) as Record<string, unknown> }, ...(event.txn ? { txn: event.txn } : {}) })
    .setProtectedHeader({ alg, kid, typ: "secevent+jwt" })
    .setIssuer(issuerFor(event.institution.slug))
    .setAudience(event.client.clientId)
    .setIssuedAt(Math.floor(event.createdAt.getTime() / 1000))
    .setJti(event.id)
    .sign(key);
}
