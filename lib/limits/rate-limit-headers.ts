// The RateLimit-Policy and RateLimit response fields of the IETF httpapi draft (draft-ietf-httpapi-ratelimit-
// headers-10): each a Structured Field List of named policies, e.g.
//   RateLimit-Policy: "burst";q=5;w=1, "daily";q=1000;w=86400
//   RateLimit: "burst";r=4;t=1, "daily";r=997;t=52310
// q: the quota, w: its window in seconds; r: what remains of it, t: seconds until the window ends. Pure.
export type TPolicyState = { name: string; quota: number; windowSeconds: number; remaining: number | null; resetSeconds: number };

export function rateLimitHeaders(policies: TPolicyState[]): Record<string, string> {
  if (policies.length === 0) return {};
  const headers: Record<string, string> = {
    "ratelimit-policy": policies.map((p) => `"${p.name}";q=${p.quota};w=${p.windowSeconds}`).join(", "),
  };
  const known = policies.filter((p) => p.remaining !== null);
  if (known.length) headers.ratelimit = known.map((p) => `"${p.name}";r=${Math.max(0, p.remaining ?? 0)};t=${p.resetSeconds}`).join(", ");
  return headers;
}
