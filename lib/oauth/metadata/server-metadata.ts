// RFC 8414 authorization server metadata for one institution (FAPI 2.0 §5.3.1: the client discovers
// everything here; RFC 9207 §3: authorization_response_iss_parameter_supported). What it accepts follows
// the institution's profiles (lib/oauth/clients/profile-policy.ts): with baseline on, client secrets and
// query-parameter authorization requests too — so PAR is required server-wide only with baseline off, and
// per client in its registration (require_pushed_authorization_requests, RFC 9126 §6). tls_client_auth, its
// certificate-bound tokens and the mTLS aliases (RFC 8705 §2.1, §3.3, §5) are advertised only when the HTTPS
// endpoint is actually served (lib/config/origin.ts tlsServed): with TLS_PORT=0 there is none to send them to.
import "server-only";
import { tlsServed } from "@/lib/config/origin";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { SCOPES } from "@/lib/oauth/authorization-request/authorization-params";
import { ASSERTION_ALGS } from "@/lib/oauth/client-authentication/authenticate-client";
import { endpointsFor } from "@/lib/oauth/endpoints/endpoint-urls";
import { SECRET_AUTH_METHODS } from "@/lib/oauth/clients/profile-policy";
import { DPOP_ALGS } from "@/lib/oauth/sender-constraint/verify-dpop-proof";

export function serverMetadata(institution: Pick<TInstitution, "slug" | "settings">) {
  const e = endpointsFor(institution.slug);
  const baseline = institution.settings.profiles.baseline.enabled;
  const mtls = tlsServed();
  const authMethods = ["private_key_jwt", ...(mtls ? ["tls_client_auth"] : []), ...(baseline ? SECRET_AUTH_METHODS : [])];
  return {
    issuer: e.issuer,
    authorization_endpoint: e.authorization,
    pushed_authorization_request_endpoint: e.par,
    require_pushed_authorization_requests: !baseline,
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
    token_endpoint_auth_methods_supported: authMethods,
    token_endpoint_auth_signing_alg_values_supported: ASSERTION_ALGS,
    revocation_endpoint_auth_methods_supported: authMethods,
    introspection_endpoint_auth_methods_supported: authMethods,
    dpop_signing_alg_values_supported: DPOP_ALGS,
    tls_client_certificate_bound_access_tokens: mtls,
    ...(mtls
      ? {
          mtls_endpoint_aliases: {
            token_endpoint: e.mtls.token,
            pushed_authorization_request_endpoint: e.mtls.par,
            revocation_endpoint: e.mtls.revocation,
            introspection_endpoint: e.mtls.introspection,
          },
        }
      : {}),
    authorization_response_iss_parameter_supported: true,
    // Renkei's own field (RFC 8414 §2 allows more): the client metadata security_profile may name these
    security_profiles_supported: baseline ? ["fapi2", "baseline"] : ["fapi2"],
    authorization_details_types_supported: ["account_information"],
    service_documentation: `${e.issuer.replace(/\/[^/]+$/, "")}/docs`,
    ui_locales_supported: ["ja"],
  };
}
