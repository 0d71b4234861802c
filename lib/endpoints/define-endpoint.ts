// A machine endpoint: one framework-free Web handler (Request → Response) per URL, with two mounts —
// the Next route file (lib/endpoints/next-mount.ts) and the production server's lean path
// (lib/endpoints/route-handlers.ts). Both run exactly this, so they answer alike:
//   - a method the endpoint does not serve: 405 with Allow (RFC 9110 §15.5.6), in the endpoint's error shape
//   - the institution of the URL, or 404
//   - the request's single-use ids recorded before the answer, on success and failure (lib/oauth/endpoints/single-use.ts)
//   - every error in the endpoint's documented shape; the database or the bank's systems unreachable (timeout,
//     5xx, circuit open: lib/bank/transport/): 503 with Retry-After;
//     anything unexpected: a 500 without detail
//   - the call metered (lib/limits/meter.ts) once the institution is known: the client's limits checked where the
//     handlers learn who the client is (over one: 429 with Retry-After in the endpoint's shape), the RateLimit
//     fields on the answer, and one usage row per answered call written before the answer leaves
//   - the machine security headers (lib/http/machine-security-headers.ts) on every answer
import "server-only";
import { ApiError, apiErrorResponse } from "@/lib/api/api-errors";
import { bankUnavailableIn } from "@/lib/bank/transport/is-bank-unavailable";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/database-unavailable";
import { ReplayDetected } from "@/lib/db/hot/hot-queries";
import { noteDatabaseError } from "@/lib/db/outage-watch";
import { withMachineSecurityHeaders } from "@/lib/http/machine-security-headers";
import { getInstitution } from "@/lib/institutions/get-institution";
import { Meter } from "@/lib/limits/meter";
import { RateLimitExceeded } from "@/lib/limits/rate-limit-exceeded";
import { ASSERTION_REPLAYED } from "@/lib/oauth/client-authentication/authenticate-client";
import { currentDpopNonce } from "@/lib/oauth/sender-constraint/dpop-nonce";
import { InvalidClient, InvalidDpopProof, NotFound, OAuthError, ResourceAuthError, TemporarilyUnavailable, oauthErrorResponse } from "@/lib/oauth/errors/oauth-errors";
import { oauthJson } from "@/lib/oauth/errors/oauth-json";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { SingleUse } from "@/lib/oauth/endpoints/single-use";
import { DPOP_REPLAYED } from "@/lib/oauth/sender-constraint/verify-dpop-proof";
import type { TMachineRequest } from "@/lib/http/machine-request";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { logUnexpectedError } from "@/lib/observability/unexpected-error";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type THttpMethod = (typeof HTTP_METHODS)[number];
export type TRouteParams = Record<string, string>;
/** handle's operation: the route's name in usage (lib/endpoints/route-handlers.ts usageOperation); none, nothing is metered. */
export type TMachineEndpoint = { methods: THttpMethod[]; handle: (request: TMachineRequest, params: TRouteParams, operation?: string) => Promise<Response> };
type THandler = (ctx: TRequestContext, params: TRouteParams) => Promise<Response>;
type TShape = { error: (error: unknown) => Response; methodNotAllowed: (allowed: THttpMethod[]) => Response; notFound: () => unknown };

function defineEndpoint(handlers: Partial<Record<THttpMethod, THandler>>, shape: TShape, after?: (response: Response) => void): TMachineEndpoint {
  const methods = Object.keys(handlers) as THttpMethod[];
  const handle = async (request: TMachineRequest, params: TRouteParams, operation?: string): Promise<Response> => {
    const handler = handlers[request.method as THttpMethod];
    let response: Response;
    let meter: Meter | undefined;
    let usage: ReturnType<Meter["usageWrite"]> | undefined; // the call's usage row, made once for the answer it gets
    let usageWritten = false;
    if (!handler) {
      response = shape.methodNotAllowed(methods);
      response.headers.set("allow", methods.join(", "));
    } else {
      const singleUse = new SingleUse();
      try {
        const institution = await getInstitution(params.institution ?? "");
        if (!institution) throw shape.notFound();
        meter = operation ? new Meter(operation, institution, request.headers, singleUse) : undefined;
        response = await handler({ request, institution, singleUse, meter }, params);
        usage = meter?.usageWrite(response.status);
        usageWritten = await singleUse.settle(usage);
      } catch (thrown) {
        const error = meter ? meter.refusalOf(thrown) : thrown; // a limit's counter refused the request's commit
        const bank = bankUnavailableIn(error);
        response = bank ? bankUnavailable(shape.error, bank.category, bank.retryAfterSeconds)
          : isDatabaseUnavailable(error) ? unavailable(shape.error, error)
          : error instanceof RateLimitExceeded ? rateLimited(shape.error, error) : shape.error(error);
        usage = meter?.usageWrite(response.status);
        usageWritten = await singleUse.settleQuietly(usage).catch(() => false);
      }
    }
    after?.(response);
    if (meter) {
      for (const [name, value] of Object.entries(meter.headers())) response.headers.set(name, value);
      if (!usageWritten) await meter.record(usage ?? meter.usageWrite(response.status));
    }
    return withMachineSecurityHeaders(response);
  };
  return { methods, handle };
}

function unavailable(serialize: TShape["error"], error: unknown): Response {
  metrics().dbErrors.inc({ kind: "unavailable" });
  noteDatabaseError(error); // one log line per outage (lib/db/outage-watch.ts), not one per request
  const response = serialize(new TemporarilyUnavailable("一時的にご利用いただけません。しばらくしてから再度お試しください。"));
  response.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
  return response;
}

// The bank's side failed (the transport says how, in a word): the same 503 in the endpoint's shape, with the wait the
// transport suggests (the circuit's remaining open time, or the bank's own Retry-After). Nothing half-written: the
// handler's transaction, if any, rolled back with the throw.
function bankUnavailable(serialize: TShape["error"], category: string, retryAfterSeconds: number): Response {
  logger().warn({ category }, "bank unavailable");
  const response = serialize(new TemporarilyUnavailable("一時的にご利用いただけません。しばらくしてから再度お試しください。"));
  response.headers.set("retry-after", String(retryAfterSeconds));
  return response;
}

/** Over one of the client's limits (lib/limits/): 429 (RFC 6585 §4) in the endpoint's shape, with the wait until the window ends. */
function rateLimited(serialize: TShape["error"], error: RateLimitExceeded): Response {
  const response = serialize(error);
  response.headers.set("retry-after", String(error.retryAfterSeconds));
  return response;
}

/** A request that lost the race for a single-use id: the error its check would have given. */
function replayError(error: ReplayDetected): OAuthError {
  return error.record.kind === "client_assertion" ? new InvalidClient(ASSERTION_REPLAYED) : new InvalidDpopProof(DPOP_REPLAYED);
}

const OAUTH_SHAPE: TShape = {
  error: (error) => {
    if (error instanceof ReplayDetected) return oauthErrorResponse(replayError(error));
    // RFC 6749 has no code for "too many requests": temporarily_unavailable says "the same request may succeed later",
    // and the 429 with Retry-After says when (invalid_request would tell a client to change the request; slow_down is
    // RFC 8628's device polling)
    if (error instanceof RateLimitExceeded) return oauthJson({ error: "temporarily_unavailable", error_description: `rate limit exceeded (${error.policy}); retry after ${error.retryAfterSeconds} s` }, 429);
    if (error instanceof ResourceAuthError) {
      // Grant Management answers its DPoP-bound access token's problems like the resource server (RFC 9449 §7.1)
      return oauthJson({ error: error.error, error_description: error.description }, error.status, { "www-authenticate": error.wwwAuthenticate });
    }
    return oauthErrorResponse(error);
  },
  methodNotAllowed: (allowed) => oauthJson({ error: "invalid_request", error_description: `method must be ${allowed.join(" or ")}` }, 405),
  notFound: () => new NotFound("unknown institution"),
};

/** An endpoint of the authorization server: RFC 6749 §5.2 errors. dpopNonce: it hands out DPoP nonces (RFC 9449 §8.2). */
export function oauthEndpoint(handlers: Partial<Record<THttpMethod, THandler>>, options: { dpopNonce?: boolean } = {}): TMachineEndpoint {
  return defineEndpoint(handlers, OAUTH_SHAPE, options.dpopNonce ? (response) => {
    if (!response.headers.has("dpop-nonce")) response.headers.set("dpop-nonce", currentDpopNonce());
  } : undefined);
}

const API_SHAPE: TShape = {
  error: (error) => {
    if (error instanceof ApiError) return apiErrorResponse(error);
    if (error instanceof RateLimitExceeded) return apiErrorResponse(new ApiError("rate_limited", `${error.policy}：${error.retryAfterSeconds}秒後から`));
    if (error instanceof ReplayDetected) error = new ResourceAuthError(401, "invalid_dpop_proof", DPOP_REPLAYED);
    if (error instanceof ResourceAuthError) {
      const code = error.error === "insufficient_scope" ? "insufficient_scope" : error.error === "invalid_dpop_proof" ? "invalid_dpop_proof" : "unauthorized";
      return apiErrorResponse(new ApiError(code, error.description === "missing" ? "Authorization ヘッダーがありません" : error.detail, error.wwwAuthenticate));
    }
    if (error instanceof TemporarilyUnavailable) return apiErrorResponse(new ApiError("service_unavailable"));
    logUnexpectedError("api", error);
    return apiErrorResponse(new ApiError("internal_error"));
  },
  methodNotAllowed: () => apiErrorResponse(new ApiError("method_not_allowed")),
  notFound: () => new ApiError("not_found"),
};

/** An endpoint of the resource API (docs/design.md §4): its own { errorCode, errorMessage } errors. */
export function apiEndpoint(handlers: Partial<Record<THttpMethod, THandler>>): TMachineEndpoint {
  return defineEndpoint(handlers, API_SHAPE);
}
