// A call over one of its client's limits: each endpoint shape answers it 429 with Retry-After
// (lib/endpoints/define-endpoint.ts) — the API's { errorCode: "rate_limited" }, RFC 6749's shape on the
// authorization server. Thrown and caught within one copy of lib/ (the endpoint that made the meter).
export class RateLimitExceeded extends Error {
  constructor(readonly policy: string, readonly retryAfterSeconds: number) {
    super(`over the ${policy} limit`);
  }
}
