// When a token, an authorization code and their grant are still alive, for every endpoint that reads one
// (the resource API, the code and refresh grants, introspection): one rule, so that no two endpoints disagree at the boundary.
//   - a token or grant is dead from its expiry instant on (as a JWT's exp, RFC 7519 §4.1.4)
//   - a grant lives while it is active and not expired

export function hasExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}

export function grantIsLive(row: { grantStatus: string; grantExpiresAt: Date }, now: Date): boolean {
  return row.grantStatus === "active" && !hasExpired(row.grantExpiresAt, now);
}
