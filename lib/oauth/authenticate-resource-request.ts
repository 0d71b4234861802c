// The resource server's check of a DPoP-bound access token (RFC 9449 §7, FAPI 2.0 §5.3.3):
//   1. Authorization: DPoP <token> (a Bearer token is refused: tokens here are sender-constrained)
//   2. a valid DPoP proof for this method and URI whose ath is the token's hash (RFC 9449 §4.3)
//   3. the token is known, unrevoked, unexpired and issued at this institution
//   4. the proof's key is the token's cnf.jkt; an mTLS-bound token needs the same certificate (RFC 8705 §3)
//   5. the grant is active and unexpired, and the client is active at this institution
//   6. the token's scopes include the one this endpoint needs
// Two indexed lookups (the token by its SHA-256 with its grant and client; the grant's accounts); no
// slow hashing on this hot path.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { hashToken } from "@/lib/crypto/hash-token";
import type { TScope } from "./authorization-params";
import { presentedCertificate } from "@/lib/http/presented-certificate";
import { ResourceAuthError } from "./errors";
import { externalUrl } from "@/lib/http/request-url";
import { DpopProofError, verifyDpopProof } from "./verify-dpop-proof";

export type TResourceAccess = { grantId: string; clientId: string; userId: string; scopes: TScope[]; accountIds: string[] };

const LAST_ACCESS_GRANULARITY_MS = 60_000;

export async function authenticateResourceRequest(
  request: Request,
  institution: { id: string; slug: string },
  requiredScope: TScope | null,
): Promise<TResourceAccess> {
  const authorization = request.headers.get("authorization");
  if (!authorization) throw new ResourceAuthError(401, "invalid_request", "missing");
  const match = authorization.match(/^DPoP\s+([A-Za-z0-9_-]{20,200})$/);
  if (!match) throw new ResourceAuthError(401, "invalid_token", "the access token must be sent as Authorization: DPoP <token>");
  const token = match[1];

  let jkt: string;
  try {
    ({ jkt } = await verifyDpopProof(request.headers, { method: request.method, url: externalUrl(request), accessToken: token }));
  } catch (error) {
    if (error instanceof DpopProofError) throw new ResourceAuthError(401, "invalid_dpop_proof", error.message);
    throw error;
  }

  const now = new Date();
  const row = await findAccessToken(hashToken(token), institution.id);
  if (!row || row.revokedAt || row.expiresAt < now || row.grantInstitutionId !== institution.id) {
    throw new ResourceAuthError(401, "invalid_token", "the access token is invalid, revoked or expired");
  }
  if (row.jkt !== jkt) throw new ResourceAuthError(401, "invalid_token", "the DPoP key is not the one the token is bound to");
  if (row.certThumbprint) {
    const cert = presentedCertificate(request);
    const thumbprint = cert ? createHash("sha256").update(cert.raw).digest("base64url") : null;
    if (thumbprint !== row.certThumbprint) throw new ResourceAuthError(401, "invalid_token", "the client certificate is not the one the token is bound to");
  }
  if (row.grantStatus !== "active" || row.grantExpiresAt < now) throw new ResourceAuthError(401, "invalid_token", "the grant is no longer active");
  if (row.clientStatus !== "active") throw new ResourceAuthError(401, "invalid_token", "the client is suspended at this institution");
  const scopes = row.scopes.split(" ").filter(Boolean) as TScope[];
  if (requiredScope && !scopes.includes(requiredScope)) {
    throw new ResourceAuthError(403, "insufficient_scope", `this endpoint needs the ${requiredScope} scope`);
  }

  if (!row.lastAccessAt || now.getTime() - row.lastAccessAt.getTime() > LAST_ACCESS_GRANULARITY_MS) {
    // bounded to once a minute per grant, so the hot path rarely writes
    await db.grant.update({ where: { id: row.grantId }, data: { lastAccessAt: now } }).catch(() => undefined);
  }
  const accounts = await db.grantAccount.findMany({ where: { grantId: row.grantId }, select: { accountId: true } });
  return { grantId: row.grantId, clientId: row.clientId, userId: row.userId, scopes, accountIds: accounts.map((a) => a.accountId) };
}

type TAccessTokenRow = {
  jkt: string | null; certThumbprint: string | null; scopes: string; expiresAt: Date; revokedAt: Date | null;
  clientId: string; clientStatus: string | null;
  grantId: string; userId: string; grantStatus: string; grantExpiresAt: Date; grantInstitutionId: string; lastAccessAt: Date | null;
};

/** The token with its grant and its client's status at this institution, in one query (every API call runs it). */
async function findAccessToken(tokenHash: string, institutionId: string): Promise<TAccessTokenRow | undefined> {
  const [row] = await db.$queryRaw<TAccessTokenRow[]>(Prisma.sql`
    SELECT t."jkt", t."certThumbprint", t."scopes", t."expiresAt", t."revokedAt",
      c."clientId", ci."status" AS "clientStatus",
      g."id" AS "grantId", g."userId", g."status" AS "grantStatus", g."expiresAt" AS "grantExpiresAt",
      g."institutionId" AS "grantInstitutionId", g."lastAccessAt"
    FROM "AccessToken" t
    JOIN "Grant" g ON g."id" = t."grantId"
    JOIN "Client" c ON c."id" = t."clientId"
    LEFT JOIN "ClientInstitution" ci ON ci."clientId" = t."clientId" AND ci."institutionId" = ${institutionId}
    WHERE t."tokenHash" = ${tokenHash}`);
  return row;
}
