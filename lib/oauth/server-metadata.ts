// RFC 8414 authorization server metadata for one institution (FAPI 2.0 §5.3.1: the client discovers
// everything here; RFC 9207 §3: authorization_response_iss_parameter_supported).
import "server-only";
import { SCOPES } from "./authorization-params";
import { ASSERTION_ALGS } from "./authenticate-client";
import { endpointsFor } from "./endpoints";
import { DPOP_ALGS } from "./verify-dpop-proof";

export function serverMetadata(slug: string) {
  const e = endpointsFor(slug);
  return {
    issuer: e.issuer,
    authorization_endpoint: e.authorization,
    pushed_authorization_request_endpoint: e.par,
    require_pushed_authorization_requests: true,
    token_endpoint: e.token,
    revocation_endpoint: e.revocation,
    introspection_endpoint: e.introspection,
    registration_endpoint: e.registration,
    jwks_uri: e.jwks,
    grant_management_endpoint: e.grants,
    // FAPI Grant Management §7.1: query/revoke at the endpoint; create/replace in the PAR (no merge)
    grant_management_actions_supported: ["query", "revoke", "create", "replace"],
    grant_management_action_required: false,
    scopes_supported: [...SCOPES],
    response_types_supported: ["code"],
    response_modes_supported: ["query"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    code_challenge_methods_supported: ["S256"],
    token_endpoint_auth_methods_supported: ["private_key_jwt", "tls_client_auth", "client_secret_basic"],
    token_endpoint_auth_signing_alg_values_supported: ASSERTION_ALGS,
    revocation_endpoint_auth_methods_supported: ["private_key_jwt", "tls_client_auth", "client_secret_basic"],
    introspection_endpoint_auth_methods_supported: ["private_key_jwt", "tls_client_auth", "client_secret_basic"],
    dpop_signing_alg_values_supported: DPOP_ALGS,
    tls_client_certificate_bound_access_tokens: true,
    mtls_endpoint_aliases: {
      token_endpoint: e.mtls.token,
      pushed_authorization_request_endpoint: e.mtls.par,
      revocation_endpoint: e.mtls.revocation,
      introspection_endpoint: e.mtls.introspection,
    },
    authorization_response_iss_parameter_supported: true,
    authorization_details_types_supported: ["account_information"],
    service_documentation: `${e.issuer.replace(/\/[^/]+$/, "")}/docs`,
    ui_locales_supported: ["ja"],
  };
}
