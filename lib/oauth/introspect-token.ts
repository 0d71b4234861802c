// RFC 7662 token introspection, for the bank's own gateway. The caller authenticates as a client;
// it learns about a token only if the token was issued to it, or if it is a gateway client (its
// registered scope includes "introspection"). Otherwise, and for any dead token: {"active": false}.
import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/crypto/hash-token";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { authenticateClient } from "./authenticate-client";
import { endpointsFor } from "./endpoints";
import { InvalidRequest } from "./errors";
import { readForm } from "./read-form";

const INACTIVE = { active: false } as const;

export async function introspectToken(request: Request, institution: TInstitution) {
  const form = await readForm(request);
  const e = endpointsFor(institution.slug);
  const caller = await authenticateClient(request, form, institution, [e.issuer, e.introspection, e.mtls.introspection, e.token]);
  if (!form.token) throw new InvalidRequest("missing token");
  const now = new Date();
  const tokenHash = hashToken(form.token);
  const select = {
    clientId: true, scopes: true, jkt: true, certThumbprint: true, expiresAt: true, revokedAt: true, createdAt: true,
    client: { select: { clientId: true, institutions: { where: { institutionId: institution.id }, select: { status: true } } } },
    grant: { select: { id: true, status: true, expiresAt: true, userId: true, institutionId: true } },
  } as const;
  const hint = form.token_type_hint;
  const access = hint === "refresh_token" ? null : await db.accessToken.findUnique({ where: { tokenHash }, select });
  const refresh = access ? null : await db.refreshToken.findUnique({ where: { tokenHash }, select });
  const row = access ?? refresh;
  if (!row) return INACTIVE;
  const allowed = row.clientId === caller.id || caller.scope.includes("introspection");
  const live =
    !row.revokedAt && row.expiresAt > now && row.grant.status === "active" && row.grant.expiresAt > now &&
    row.grant.institutionId === institution.id && row.client.institutions[0]?.status === "active";
  if (!allowed || !live) return INACTIVE;
  const cnf: Record<string, string> = {};
  if (row.jkt) cnf.jkt = row.jkt;
  if (row.certThumbprint) cnf["x5t#S256"] = row.certThumbprint;
  return {
    active: true,
    scope: row.scopes,
    client_id: row.client.clientId,
    token_type: access ? (row.jkt ? "DPoP" : "Bearer") : "refresh_token",
    exp: Math.floor(row.expiresAt.getTime() / 1000),
    iat: Math.floor(row.createdAt.getTime() / 1000),
    sub: row.grant.userId,
    iss: e.issuer,
    grant_id: row.grant.id,
    ...(Object.keys(cnf).length ? { cnf } : {}),
  };
}
