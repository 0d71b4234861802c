// The resource server's check of an access token (RFC 9449 §7, FAPI 2.0 §5.3.3; RFC 6750 for baseline):
//   1. Authorization: DPoP <token>, or Authorization: Bearer <token> (RFC 6750 §2.1)
//   2. DPoP: a valid proof for this method and URI whose ath is the token's hash (RFC 9449 §4.3)
//   3. the token is known, unrevoked, unexpired and issued at this institution
//   4. DPoP: the proof's key is the token's cnf.jkt; an mTLS-bound token needs the same certificate
//      (RFC 8705 §3). Bearer: only an unbound token of a baseline client (lib/oauth/clients/profile-policy.ts) —
//      a fapi2 client's tokens are sender-constrained and never usable as Bearer tokens
//   5. the client's profile still serves it here (a baseline client before its sunset, the profile on)
//   6. the grant is active and unexpired, and the client is active at this institution
//   7. the token's scopes include the one this endpoint needs
// Two indexed lookups (the token by its SHA-256 with its grant and client; the grant's accounts); no
// slow hashing on this hot path.
import "server-only";
import { createHash } from "node:crypto";
import { hashToken } from "@/lib/crypto/hash-token";
import { hotQueries, type THotWrite } from "@/lib/db/hot/hot-queries";
import { presentedCertificate } from "@/lib/http/presented-certificate";
import { externalUrl } from "@/lib/http/request-url";
import type { TScope } from "@/lib/oauth/authorization-request/authorization-params";
import { ResourceAuthError } from "@/lib/oauth/errors/oauth-errors";
import { profilePolicy, profileRefusalDescription, profileRefusalDetail } from "@/lib/oauth/clients/profile-policy";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { DpopProofError, verifyDpopProof } from "@/lib/oauth/sender-constraint/verify-dpop-proof";
import { grantIsLive, hasExpired } from "@/lib/oauth/grants/token-liveness";

export type TResourceAccess = { grantId: string; clientId: string; userId: string; scopes: TScope[]; accountIds: string[] };

const LAST_ACCESS_GRANULARITY_MS = 60_000;
const TOKEN = /^(DPoP|Bearer)\s+([A-Za-z0-9_-]{20,200})$/i;
export const SENDER_CONSTRAINED = "the access token is sender-constrained: send it as Authorization: DPoP <token> with a DPoP proof";

export async function authenticateResourceRequest(ctx: TRequestContext, requiredScope: TScope | null): Promise<TResourceAccess> {
  const { request, institution } = ctx;
  const offerBearer = institution.settings.profiles.baseline.enabled;
  const authorization = request.headers.get("authorization");
  if (!authorization) throw new ResourceAuthError(401, "invalid_request", "missing", { offerBearer });
  const match = authorization.match(TOKEN);
  if (!match) throw new ResourceAuthError(401, "invalid_token", "the access token must be sent as Authorization: DPoP <token> (or Bearer <token> for a baseline client)", { offerBearer });
  const scheme = match[1].toLowerCase() === "dpop" ? "DPoP" : "Bearer";
  const token = match[2];
  const tokenHash = hashToken(token); // also the DPoP proof's ath (RFC 9449 §4.2)
  const refuse = (description: string, detail?: string) => new ResourceAuthError(401, "invalid_token", description, { scheme, detail });

  let jkt: string | null = null;
  if (scheme === "DPoP") {
    try {
      ({ jkt } = await verifyDpopProof(request.headers, { method: request.method, url: externalUrl(request), accessTokenHash: tokenHash, singleUse: ctx.singleUse }));
    } catch (error) {
      if (error instanceof DpopProofError) throw new ResourceAuthError(401, "invalid_dpop_proof", error.message);
      throw error;
    }
  }

  const hot = await hotQueries();
  const now = new Date();
  const row = await hot.token("access", tokenHash, institution.id);
  if (!row || row.revokedAt || hasExpired(row.expiresAt, now) || row.grantInstitutionId !== institution.id) throw refuse("the access token is invalid, revoked or expired");
  ctx.meter?.identified(row.clientId);
  if (scheme === "Bearer") {
    // the token needs the scheme it is bound with: the answer challenges with DPoP
    if (row.jkt || row.certThumbprint || row.securityProfile !== "baseline") throw new ResourceAuthError(401, "invalid_token", SENDER_CONSTRAINED);
  } else {
    if (row.jkt !== jkt) throw refuse("the DPoP key is not the one the token is bound to");
    if (row.certThumbprint) {
      const cert = presentedCertificate(request);
      const thumbprint = cert ? createHash("sha256").update(cert.raw).digest("base64url") : null;
      if (thumbprint !== row.certThumbprint) throw refuse("the client certificate is not the one the token is bound to");
    }
  }
  const { refusal } = profilePolicy(row, institution.settings, now);
  if (refusal) throw refuse(profileRefusalDescription(refusal), profileRefusalDetail(refusal));
  if (!grantIsLive(row, now)) throw refuse("the grant is no longer active");
  if (row.clientStatus !== "active") throw refuse("the client is suspended at this institution");
  const scopes = row.scopes.split(" ").filter(Boolean) as TScope[];
  if (requiredScope && !scopes.includes(requiredScope)) {
    throw new ResourceAuthError(403, "insufficient_scope", `this endpoint needs the ${requiredScope} scope`, { scheme });
  }

  // the proof's id, the grant's last access at most once a minute and the client's limit counters
  // (lib/limits/meter.ts), in one commit; over a limit, settle() throws after it
  const touch: THotWrite[] = !row.lastAccessAt || now.getTime() - row.lastAccessAt.getTime() > LAST_ACCESS_GRANULARITY_MS
    ? [{ kind: "touchGrant", grantId: row.grantId, at: now }]
    : [];
  const metered = await ctx.meter?.resourceAccess({ clientId: row.clientId, grantId: row.grantId });
  await hot.commit(ctx.singleUse.take(), metered ? [...touch, ...metered.writes] : touch);
  metered?.settle();
  return { grantId: row.grantId, clientId: row.clientId, userId: row.userId, scopes, accountIds: await hot.grantAccountIds(row.grantId) };
}
