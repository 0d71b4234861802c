// The URLs of one institution's authorization server. Every institution is its own issuer
// (docs/design.md §3); the mTLS aliases live on the HTTPS listener (RFC 8705 §5).
import { issuerFor, tlsOrigin } from "@/lib/config/origin";

export function endpointsFor(slug: string) {
  const issuer = issuerFor(slug);
  const tls = `${tlsOrigin()}/${slug}`;
  return {
    issuer,
    authorization: `${issuer}/oauth/authorize`,
    par: `${issuer}/oauth/par`,
    token: `${issuer}/oauth/token`,
    revocation: `${issuer}/oauth/revoke`,
    introspection: `${issuer}/oauth/introspect`,
    registration: `${issuer}/oauth/register`,
    jwks: `${issuer}/oauth/jwks`,
    grants: `${issuer}/grants`,
    api: `${issuer}/api/v1`,
    mtls: {
      par: `${tls}/oauth/par`,
      token: `${tls}/oauth/token`,
      revocation: `${tls}/oauth/revoke`,
      introspection: `${tls}/oauth/introspect`,
    },
  };
}

export type TEndpoints = ReturnType<typeof endpointsFor>;
