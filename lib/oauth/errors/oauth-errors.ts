import { logUnexpectedError } from "@/lib/observability/unexpected-error";
import { NO_STORE } from "./oauth-json";
import { jsonResponse } from "@/lib/http/json-response";

// One error class per RFC 6749 §5.2 / RFC 7591 §3.2.2 / RFC 9449 §7.1 code, and one serializer.
// Anything that is not an OAuthError becomes `server_error` with no detail (no stack, no message).
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
    readonly wwwAuthenticate?: string,
  ) {
    super(description);
  }
}

export class InvalidRequest extends OAuthError {
  constructor(description: string) {
    super("invalid_request", description);
  }
}
export class InvalidClient extends OAuthError {
  // RFC 6749 §5.2: 401 when the client tried to authenticate
  constructor(description: string) {
    super("invalid_client", description, 401);
  }
}
export class InvalidGrant extends OAuthError {
  constructor(description: string) {
    super("invalid_grant", description);
  }
}
export class UnauthorizedClient extends OAuthError {
  constructor(description: string) {
    super("unauthorized_client", description);
  }
}
export class UnsupportedGrantType extends OAuthError {
  constructor(description: string) {
    super("unsupported_grant_type", description);
  }
}
export class UnsupportedResponseType extends OAuthError {
  // RFC 6749 §4.1.2.1 (RFC 9126 §2.3 for the pushed request)
  constructor(description: string) {
    super("unsupported_response_type", description);
  }
}
export class InvalidAuthorizationDetails extends OAuthError {
  // RFC 9396 §5
  constructor(description: string) {
    super("invalid_authorization_details", description);
  }
}
export class TemporarilyUnavailable extends OAuthError {
  // RFC 6749 §4.1.2.1, answered as 503 (RFC 9110 §15.6.4): the server cannot handle the request now (too many
  // authorization requests from one address; the bank's systems unavailable, lib/endpoints/define-endpoint.ts)
  constructor(description: string) {
    super("temporarily_unavailable", description, 503);
  }
}
export class InvalidScope extends OAuthError {
  constructor(description: string) {
    super("invalid_scope", description);
  }
}
export class InvalidDpopProof extends OAuthError {
  // RFC 9449 §5.2: invalid_dpop_proof at the token endpoint
  constructor(description: string) {
    super("invalid_dpop_proof", description, 400);
  }
}
export class InvalidGrantId extends OAuthError {
  // FAPI Grant Management §5.5
  constructor(description: string) {
    super("invalid_grant_id", description);
  }
}
export class UseDpopNonce extends OAuthError {
  // RFC 9449 §8: the proof lacks the server's current nonce; the response carries a fresh DPoP-Nonce
  constructor(description: string, readonly nonce: string) {
    super("use_dpop_nonce", description, 400);
  }
}
export class InvalidRedirectUri extends OAuthError {
  constructor(description: string) {
    super("invalid_redirect_uri", description);
  }
}
export class InvalidClientMetadata extends OAuthError {
  constructor(description: string) {
    super("invalid_client_metadata", description);
  }
}
export class InvalidToken extends OAuthError {
  // RFC 6750 §3.1 for the registration endpoint's initial access token
  constructor(description: string) {
    super("invalid_token", description, 401, `Bearer error="invalid_token"`);
  }
}
export class UnsupportedTokenType extends OAuthError {
  constructor(description: string) {
    super("unsupported_token_type", description);
  }
}
export class TooManyRequests extends OAuthError {
  // RFC 6585 §4 with RFC 9110 §10.2.3's Retry-After, in RFC 6749 §5.2's shape: RFC 6749 §4.1.2.1's
  // temporarily_unavailable is the registered code for "come back later"
  constructor(description: string, readonly retryAfterSeconds: number) {
    super("temporarily_unavailable", description, 429);
  }
}
export class NotFound extends OAuthError {
  constructor(description: string) {
    super("not_found", description, 404);
  }
}

/**
 * The resource server's answer to a missing or bad access token: RFC 9449 §7.1 for DPoP, RFC 6750 §3 for
 * Bearer (a baseline client's unbound token). The challenge names the scheme the token was sent with, or
 * the one it needs; a request without a token is offered DPoP, and Bearer too where baseline is on.
 * `detail`: the Japanese words the API's errorMessage adds (the header stays ASCII).
 */
export class ResourceAuthError extends Error {
  readonly scheme: "DPoP" | "Bearer";
  readonly offerBearer: boolean;
  readonly detail?: string;

  constructor(
    readonly status: 401 | 403,
    readonly error: "invalid_token" | "invalid_dpop_proof" | "insufficient_scope" | "use_dpop_nonce" | "invalid_request",
    readonly description: string,
    options: { scheme?: "DPoP" | "Bearer"; offerBearer?: boolean; detail?: string } = {},
  ) {
    super(description);
    this.scheme = options.scheme ?? "DPoP";
    this.offerBearer = options.offerBearer ?? false;
    this.detail = options.detail;
  }

  get wwwAuthenticate(): string {
    const dpop = `DPoP algs="ES256 PS256 EdDSA"`;
    if (this.error === "invalid_request" && this.status === 401 && this.description === "missing") {
      return this.offerBearer ? `${dpop}, Bearer realm="renkei"` : dpop;
    }
    const params = `error="${this.error}", error_description="${this.description.replace(/"/g, "'")}"`;
    return this.scheme === "Bearer" ? `Bearer realm="renkei", ${params}` : `${dpop}, ${params}`;
  }
}


/** RFC 6749 §5.2 JSON with the right status; never a stack trace. */
export function oauthErrorResponse(error: unknown): Response {
  if (error instanceof OAuthError) {
    const headers: Record<string, string> = { ...NO_STORE };
    if (error.wwwAuthenticate) headers["www-authenticate"] = error.wwwAuthenticate;
    else if (error.status === 401) headers["www-authenticate"] = `Basic realm="renkei"`;
    if (error instanceof UseDpopNonce) headers["dpop-nonce"] = error.nonce;
    if (error instanceof TooManyRequests) headers["retry-after"] = String(error.retryAfterSeconds);
    return jsonResponse({ error: error.error, error_description: error.description }, { status: error.status, headers });
  }
  logUnexpectedError("oauth", error);
  return jsonResponse({ error: "server_error", error_description: "内部エラーが発生しました。" }, { status: 500, headers: NO_STORE });
}
