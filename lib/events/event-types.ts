// The lifecycle events Renkei pushes to a client (documented in docs/for-aggregators.md and at /docs):
// each a Security Event Token (RFC 8417) whose `events` claim holds one event, keyed by a URI of
// Renkei's own namespace. A grant ends by someone else's hand (grant-revoked), nears its end
// (grant-expiring) or reaches it (grant-expired); what the client did itself (RFC 7009 revocation,
// Grant Management DELETE, a new consent replacing the old one) is not reported back to it.
export const EVENT_TYPE_NAMESPACE = "https://schemas.renkei.dev/secevent/";

export const EVENT_TYPES = ["grant-revoked", "grant-expiring", "grant-expired"] as const;
export type TEventType = (typeof EVENT_TYPES)[number];

/** grant-revoked's `reason`: who or what ended the grant. */
export const REVOCATION_REASONS = {
  customer: "customer_revoked", // the customer, at /{institution}/links (連携サービスの確認・停止)
  operator: "operator_revoked", // a bank operator, in the console
  suspension: "client_suspended", // the bank suspended the client at this institution
  replay: "code_replayed", // an authorization code was used twice (RFC 9700 §4.5)
} as const;

export type TEventPayload =
  | { grant_id: string; reason: (typeof REVOCATION_REASONS)[keyof typeof REVOCATION_REASONS]; revoked_at: number }
  | { grant_id: string; expires_at: number }
  | { grant_id: string; expired_at: number };

export function eventTypeUri(type: TEventType): string {
  return `${EVENT_TYPE_NAMESPACE}${type}`;
}
