// The URLs of one institution's authorization server. Every institution is its own issuer
// (docs/design.md §3); the mTLS aliases live on the HTTPS listener (RFC 8705 §5). The machine endpoints'
// URLs come from their one list (lib/routes/machine-routes.json); the authorization endpoint is a screen
// (app/[institution]/oauth/authorize), and the API's base is the documented prefix of its routes.
import { issuerFor, tlsOrigin } from "@/lib/config/origin";
import { pathUnderIssuer } from "@/lib/routes/machine-routes";

export function endpointsFor(slug: string) {
  const issuer = issuerFor(slug);
  const tls = `${tlsOrigin()}/${slug}`;
  const at = (base: string, name: Parameters<typeof pathUnderIssuer>[0]) => `${base}${pathUnderIssuer(name)}`;
  return {
    issuer,
    authorization: `${issuer}/oauth/authorize`,
    par: at(issuer, "par"),
    token: at(issuer, "token"),
    revocation: at(issuer, "revocation"),
    introspection: at(issuer, "introspection"),
    registration: at(issuer, "registration"),
    jwks: at(issuer, "jwks"),
    grants: at(issuer, "grants"),
    api: `${issuer}/api/v1`,
    mtls: {
      par: at(tls, "par"),
      token: at(tls, "token"),
      revocation: at(tls, "revocation"),
      introspection: at(tls, "introspection"),
    },
  };
}

export type TEndpoints = ReturnType<typeof endpointsFor>;
