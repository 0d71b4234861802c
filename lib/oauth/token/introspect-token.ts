// RFC 7662 token introspection, for the bank's own gateway. The caller authenticates as a client;
// it learns about a token only if the token was issued to it, or if it is a gateway client (its
// registered scope includes "introspection"). Otherwise, and for any dead token — revoked, expired, a
// rotated-out refresh token, or a token of a client its profile no longer serves — {"active": false}.
import "server-only";
import { hashToken } from "@/lib/crypto/hash-token";
import { hotQueries } from "@/lib/db/hot/hot-queries";
import { authenticateClient } from "@/lib/oauth/client-authentication/authenticate-client";
import { endpointsFor } from "@/lib/oauth/endpoints/endpoint-urls";
import { InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import { profilePolicy } from "@/lib/oauth/clients/profile-policy";
import { readForm } from "@/lib/oauth/endpoints/read-form";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { grantIsLive, hasExpired } from "@/lib/oauth/grants/token-liveness";

const INACTIVE = { active: false } as const;

export async function introspectToken(ctx: TRequestContext) {
  const { institution } = ctx;
  const form = await readForm(ctx.request);
  const e = endpointsFor(institution.slug);
  const caller = await authenticateClient(ctx, form, [e.issuer, e.introspection, e.mtls.introspection, e.token]);
  if (!form.token) throw new InvalidRequest("missing token");
  const hot = await hotQueries();
  const now = new Date();
  const tokenHash = hashToken(form.token);
  const hint = form.token_type_hint;
  const access = hint === "refresh_token" ? null : await hot.token("access", tokenHash, institution.id);
  const refresh = access ? null : await hot.token("refresh", tokenHash, institution.id);
  const row = access ?? refresh;
  if (!row) return INACTIVE;
  const allowed = row.clientRowId === caller.id || caller.scope.includes("introspection");
  const live =
    !row.revokedAt && !row.rotatedAt && !hasExpired(row.expiresAt, now) && grantIsLive(row, now) &&
    row.grantInstitutionId === institution.id && row.clientStatus === "active" && !profilePolicy(row, institution.settings, now).refusal;
  if (!allowed || !live) return INACTIVE;
  const cnf: Record<string, string> = {};
  if (row.jkt) cnf.jkt = row.jkt;
  if (row.certThumbprint) cnf["x5t#S256"] = row.certThumbprint;
  return {
    active: true,
    scope: row.scopes,
    client_id: row.clientId,
    token_type: access ? (row.jkt ? "DPoP" : "Bearer") : "refresh_token",
    exp: Math.floor(row.expiresAt.getTime() / 1000),
    iat: Math.floor(row.createdAt.getTime() / 1000),
    sub: row.userId,
    iss: e.issuer,
    grant_id: row.grantId,
    // how the customer authenticated when consenting (RFC 8176 values; lib/auth/amr.ts)
    ...(row.grantAmr ? { amr: row.grantAmr.split(" ") } : {}),
    ...(Object.keys(cnf).length ? { cnf } : {}),
  };
}
