// Client authentication at the token, PAR, revocation and introspection endpoints.
//   - exactly one method per request                          (RFC 6749 §2.3)
//   - private_key_jwt: RFC 7523 §3 with FAPI 2.0 §5.3.2.1 — PS256/ES256/EdDSA, iss = sub = client_id,
//     aud = the issuer (or this endpoint's URL), exp required and near, jti single use
//   - tls_client_auth: RFC 8705 §2.1 — a certificate presented over TLS, chained to the trusted CA,
//     whose subject DN is the registered one
//   - client_secret_basic / client_secret_post: RFC 6749 §2.3.1, only for clients whose profile allows a
//     secret (baseline, and the sandbox: lib/oauth/clients/profile-policy.ts) and that registered that method
//   - the client is active at this institution (operators can suspend it)
// Whether a baseline client's profile still serves it (its sunset) is the endpoints' question, not
// this one's: a client past its sunset may still revoke its tokens (RFC 7009).
import "server-only";
import { X509Certificate, createHash } from "node:crypto";
import { presentedCertificate } from "@/lib/http/presented-certificate";
import { decodeJwt, jwtVerify } from "jose";
import { db } from "@/lib/db";
import { clientKeys } from "./client-keys";
import { InvalidClient, InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import { loadClient, type TClient } from "@/lib/oauth/clients/load-client";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { profilePolicy, type TProfilePolicy } from "@/lib/oauth/clients/profile-policy";
import { replayRecord } from "@/lib/db/hot/replay-record";
import { verifyClientSecret } from "./verify-client-secret";
import { viaTls } from "@/lib/http/request-url";

export const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
// Ed25519 is the fully-specified name (RFC 9864) for EdDSA over Ed25519, which current clients send.
export const ASSERTION_ALGS = ["PS256", "ES256", "EdDSA", "Ed25519"];
const MAX_ASSERTION_LIFETIME = 600; // seconds; a longer-lived assertion is refused

export type TAuthenticatedClient = TClient & { certThumbprint: string | null; policy: TProfilePolicy };
type TInstitutionRef = { id: string; clientCaPem?: string | null };
export const ASSERTION_REPLAYED = "client_assertion jti was already used";
export const SECRET_REFUSED_FOR_FAPI2 = "a client secret is not accepted from a fapi2 client (use private_key_jwt or tls_client_auth)";

/** The client this request authenticates as, with what its security profile allows here. */
export async function authenticateClient(ctx: TRequestContext, form: Record<string, string>, audiences: string[]): Promise<TAuthenticatedClient> {
  const client = await authenticate(ctx, form, audiences);
  await ctx.meter?.clientAuthenticated(client.clientId); // its limit at the token and PAR endpoints (lib/limits/meter.ts)
  return { ...client, policy: profilePolicy(client, ctx.institution.settings) };
}

type TVerifiedClient = TClient & { certThumbprint: string | null };

async function authenticate(ctx: TRequestContext, form: Record<string, string>, audiences: string[]): Promise<TVerifiedClient> {
  const { request } = ctx;
  const basic = request.headers.get("authorization")?.match(/^Basic\s+(.+)$/i)?.[1];
  const assertion = form.client_assertion || form.client_assertion_type;
  const post = form.client_secret !== undefined;
  if ([basic, assertion, post].filter(Boolean).length > 1) throw new InvalidRequest("more than one client authentication method was used");

  if (assertion) return privateKeyJwt(ctx, form, audiences);
  if (basic) return clientSecret(ctx, "client_secret_basic", basicCredentials(basic, form));
  if (post) {
    if (!form.client_id) throw new InvalidClient("client_secret_post needs client_id");
    return clientSecret(ctx, "client_secret_post", { clientId: form.client_id, secret: form.client_secret });
  }
  if (form.client_id && viaTls(request)) return tlsClientAuth(ctx, form.client_id);
  throw new InvalidClient("client authentication is required");
}

const SECRET_METHODS: TClient["authMethod"][] = ["client_secret_basic", "client_secret_post"];

/** The client that authenticates by `method`, checked once for every method: known, allowed a secret when it uses one, registered for the method, active here. */
async function activeClient(ctx: TRequestContext, clientId: string, method: TClient["authMethod"]): Promise<TClient> {
  const client = await loadClient(ctx.institution.id, clientId);
  if (!client) throw new InvalidClient("unknown client");
  // a fapi2 client's secret is refused as such, before whether it registered that method
  if (SECRET_METHODS.includes(method) && !profilePolicy(client, ctx.institution.settings).clientSecrets) throw new InvalidClient(SECRET_REFUSED_FOR_FAPI2);
  if (client.authMethod !== method) throw new InvalidClient(`client is not registered for ${method}`);
  if (client.status !== "active") throw new InvalidClient("client is suspended at this institution");
  return client;
}

async function privateKeyJwt(ctx: TRequestContext, form: Record<string, string>, audiences: string[]): Promise<TVerifiedClient> {
  if (form.client_assertion_type !== ASSERTION_TYPE) throw new InvalidClient("client_assertion_type must be jwt-bearer");
  const assertion = form.client_assertion;
  if (!assertion) throw new InvalidClient("client_assertion is missing");
  let claims: ReturnType<typeof decodeJwt>;
  try {
    claims = decodeJwt(assertion);
  } catch {
    throw new InvalidClient("client_assertion is not a JWT");
  }
  const clientId = typeof claims.sub === "string" ? claims.sub : "";
  if (form.client_id && form.client_id !== clientId) throw new InvalidClient("client_id does not match the assertion's sub");
  const client = await activeClient(ctx, clientId, "private_key_jwt");
  const keys = clientKeys(client);
  if (!keys) throw new InvalidClient("client has no keys");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(assertion, keys, { algorithms: ASSERTION_ALGS, issuer: clientId, subject: clientId, audience: audiences, requiredClaims: ["exp", "jti"] }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED") throw new InvalidClient(`client_assertion: ${(error as Error).message}`);
    if (code === "ERR_JWT_EXPIRED") throw new InvalidClient("client_assertion has expired");
    throw new InvalidClient("client_assertion signature is invalid");
  }
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp as number;
  if (exp - now > MAX_ASSERTION_LIFETIME) throw new InvalidClient("client_assertion lives too long");
  // RFC 7523 §3 item 7: the jti is single use for as long as the assertion is valid.
  if (!(await ctx.singleUse.reserve(replayRecord("client_assertion", clientId, String(payload.jti), new Date(exp * 1000))))) {
    throw new InvalidClient(ASSERTION_REPLAYED);
  }
  return { ...client, certThumbprint: null };
}

function basicCredentials(encoded: string, form: Record<string, string>): { clientId: string; secret: string } {
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw new InvalidClient("malformed Basic credentials");
  let clientId: string, secret: string;
  try {
    // RFC 6749 §2.3.1: both are form-urlencoded before they are joined
    clientId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, " "));
    secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, " "));
  } catch {
    throw new InvalidClient("malformed Basic credentials");
  }
  if (form.client_id && form.client_id !== clientId) throw new InvalidClient("client_id does not match the credentials");
  return { clientId, secret };
}

async function clientSecret(
  ctx: TRequestContext,
  method: "client_secret_basic" | "client_secret_post",
  credentials: { clientId: string; secret: string },
): Promise<TVerifiedClient> {
  const client = await activeClient(ctx, credentials.clientId, method);
  if (!(await verifyClientSecret(credentials.secret, client.secretHash))) throw new InvalidClient("client authentication failed");
  return { ...client, certThumbprint: null };
}

const normalizeDn = (dn: string) => dn.split(/[\n,]/).map((p) => p.trim().toLowerCase()).filter(Boolean).sort().join(",");

async function tlsClientAuth(ctx: TRequestContext, clientId: string): Promise<TVerifiedClient> {
  const institution: TInstitutionRef = ctx.institution;
  const client = await activeClient(ctx, clientId, "tls_client_auth");
  const cert = presentedCertificate(ctx.request);
  if (!cert) throw new InvalidClient("no client certificate was presented");
  const caPem = institution.clientCaPem ?? (await db.institution.findUnique({ where: { id: institution.id }, select: { clientCaPem: true } }))?.clientCaPem;
  const now = Date.now();
  if (!caPem || !cert.verify(new X509Certificate(caPem).publicKey) || Date.parse(cert.validFrom) > now || Date.parse(cert.validTo) < now) {
    throw new InvalidClient("the client certificate is not trusted");
  }
  if (!client.tlsClientAuthSubjectDn || normalizeDn(cert.subject) !== normalizeDn(client.tlsClientAuthSubjectDn)) {
    throw new InvalidClient("the client certificate's subject does not match the registration");
  }
  return { ...client, certThumbprint: createHash("sha256").update(cert.raw).digest("base64url") };
}
