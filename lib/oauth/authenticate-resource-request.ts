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
import { hashToken } from "@/lib/crypto/hash-token";
import { hotQueries, type THotWrite } from "@/lib/db/hot/hot-queries";
import { presentedCertificate } from "@/lib/http/presented-certificate";
import { externalUrl } from "@/lib/http/request-url";
import type { TScope } from "./authorization-params";
import { ResourceAuthError } from "./errors";
import type { TRequestContext } from "./request-context";
import { DpopProofError, verifyDpopProof } from "./verify-dpop-proof";

export type TResourceAccess = { grantId: string; clientId: string; userId: string; scopes: TScope[]; accountIds: string[] };

const LAST_ACCESS_GRANULARITY_MS = 60_000;

export async function authenticateResourceRequest(ctx: TRequestContext, requiredScope: TScope | null): Promise<TResourceAccess> {
  const { request, institution } = ctx;
  const authorization = request.headers.get("authorization");
  if (!authorization) throw new ResourceAuthError(401, "invalid_request", "missing");
  const match = authorization.match(/^DPoP\s+([A-Za-z0-9_-]{20,200})$/);
  if (!match) throw new ResourceAuthError(401, "invalid_token", "the access token must be sent as Authorization: DPoP <token>");
  const token = match[1];

  let jkt: string;
  try {
    ({ jkt } = await verifyDpopProof(request.headers, { method: request.method, url: externalUrl(request), accessToken: token, singleUse: ctx.singleUse }));
  } catch (error) {
    if (error instanceof DpopProofError) throw new ResourceAuthError(401, "invalid_dpop_proof", error.message);
    throw error;
  }

  const hot = await hotQueries();
  const now = new Date();
  const row = await hot.token("access", hashToken(token), institution.id);
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

  // the proof's id, and the grant's last access at most once a minute, in one commit
  const touch: THotWrite[] = !row.lastAccessAt || now.getTime() - row.lastAccessAt.getTime() > LAST_ACCESS_GRANULARITY_MS
    ? [{ kind: "touchGrant", grantId: row.grantId, at: now }]
    : [];
  await hot.commit(ctx.singleUse.take(), touch);
  return { grantId: row.grantId, clientId: row.clientId, userId: row.userId, scopes, accountIds: await hot.grantAccountIds(row.grantId) };
}
