// RFC 7662 token introspection, for the bank's own gateway. The caller authenticates as a client;
// it learns about a token only if the token was issued to it, or if it is a gateway client (its
// registered scope includes "introspection"). Otherwise, and for any dead token: {"active": false}.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
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
  const hint = form.token_type_hint;
  const access = hint === "refresh_token" ? undefined : await findToken("AccessToken", tokenHash, institution.id);
  const refresh = access ? undefined : await findToken("RefreshToken", tokenHash, institution.id);
  const row = access ?? refresh;
  if (!row) return INACTIVE;
  const allowed = row.clientRowId === caller.id || caller.scope.includes("introspection");
  const live =
    !row.revokedAt && row.expiresAt > now && row.grantStatus === "active" && row.grantExpiresAt > now &&
    row.grantInstitutionId === institution.id && row.clientStatus === "active";
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
    ...(Object.keys(cnf).length ? { cnf } : {}),
  };
}

type TTokenRow = {
  clientRowId: string; clientId: string; clientStatus: string | null; scopes: string; jkt: string | null; certThumbprint: string | null;
  expiresAt: Date; revokedAt: Date | null; createdAt: Date;
  grantId: string; grantStatus: string; grantExpiresAt: Date; userId: string; grantInstitutionId: string;
};

/** An access or refresh token with its grant and its client's status here, in one query. */
async function findToken(table: "AccessToken" | "RefreshToken", tokenHash: string, institutionId: string): Promise<TTokenRow | undefined> {
  const [row] = await db.$queryRaw<TTokenRow[]>(Prisma.sql`
    SELECT t."clientId" AS "clientRowId", c."clientId", ci."status" AS "clientStatus", t."scopes", t."jkt", t."certThumbprint",
      t."expiresAt", t."revokedAt", t."createdAt",
      g."id" AS "grantId", g."status" AS "grantStatus", g."expiresAt" AS "grantExpiresAt", g."userId", g."institutionId" AS "grantInstitutionId"
    FROM ${Prisma.raw(`"${table}"`)} t
    JOIN "Grant" g ON g."id" = t."grantId"
    JOIN "Client" c ON c."id" = t."clientId"
    LEFT JOIN "ClientInstitution" ci ON ci."clientId" = t."clientId" AND ci."institutionId" = ${institutionId}
    WHERE t."tokenHash" = ${tokenHash}`);
  return row;
}
