// The resource server's check of a DPoP-bound access token (RFC 9449 §7, FAPI 2.0 §5.3.3):
//   1. Authorization: DPoP <token> (a Bearer token is refused: tokens here are sender-constrained)
//   2. a valid DPoP proof for this method and URI whose ath is the token's hash (RFC 9449 §4.3)
//   3. the token is known, unrevoked, unexpired and issued at this institution
//   4. the proof's key is the token's cnf.jkt; an mTLS-bound token needs the same certificate (RFC 8705 §3)
//   5. the grant is active and unexpired, and the client is active at this institution
//   6. the token's scopes include the one this endpoint needs
// One indexed lookup by the token's SHA-256; no slow hashing on this hot path.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/crypto/hash-token";
import type { TScope } from "./authorization-params";
import { presentedCertificate } from "./authenticate-client";
import { ResourceAuthError } from "./errors";
import { externalUrl } from "./request-url";
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
  const row = await db.accessToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      jkt: true, certThumbprint: true, scopes: true, expiresAt: true, revokedAt: true,
      client: { select: { clientId: true, institutions: { where: { institutionId: institution.id }, select: { status: true } } } },
      grant: { select: { id: true, userId: true, status: true, expiresAt: true, institutionId: true, lastAccessAt: true, accounts: { select: { accountId: true } } } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt < now || row.grant.institutionId !== institution.id) {
    throw new ResourceAuthError(401, "invalid_token", "the access token is invalid, revoked or expired");
  }
  if (row.jkt !== jkt) throw new ResourceAuthError(401, "invalid_token", "the DPoP key is not the one the token is bound to");
  if (row.certThumbprint) {
    const cert = presentedCertificate(request);
    const thumbprint = cert ? createHash("sha256").update(cert.raw).digest("base64url") : null;
    if (thumbprint !== row.certThumbprint) throw new ResourceAuthError(401, "invalid_token", "the client certificate is not the one the token is bound to");
  }
  if (row.grant.status !== "active" || row.grant.expiresAt < now) throw new ResourceAuthError(401, "invalid_token", "the grant is no longer active");
  if (row.client.institutions[0]?.status !== "active") throw new ResourceAuthError(401, "invalid_token", "the client is suspended at this institution");
  const scopes = row.scopes.split(" ").filter(Boolean) as TScope[];
  if (requiredScope && !scopes.includes(requiredScope)) {
    throw new ResourceAuthError(403, "insufficient_scope", `this endpoint needs the ${requiredScope} scope`);
  }

  if (!row.grant.lastAccessAt || now.getTime() - row.grant.lastAccessAt.getTime() > LAST_ACCESS_GRANULARITY_MS) {
    // bounded to once a minute per grant, so the hot path rarely writes
    await db.grant.update({ where: { id: row.grant.id }, data: { lastAccessAt: now } }).catch(() => undefined);
  }
  return {
    grantId: row.grant.id,
    clientId: row.client.clientId,
    userId: row.grant.userId,
    scopes,
    accountIds: row.grant.accounts.map((a) => a.accountId),
  };
}
