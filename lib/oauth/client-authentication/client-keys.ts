// The key set a client signs its assertions with: inline `jwks`, or `jwks_uri` (RFC 7591 §2) fetched
// through lib/http/outbound-fetch.ts — never to a private, link-local or (outside development) loopback
// address, no redirects, a 3 s deadline and a 64 KiB limit — and cached by jose. Key sets are derived
// data, so a per-process cache is safe.
import "server-only";
import { createLocalJWKSet, createRemoteJWKSet, customFetch, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { outboundFetch } from "@/lib/http/outbound-fetch";
import type { TClient } from "@/lib/oauth/clients/load-client";

const cache = new Map<string, { source: string; keys: JWTVerifyGetKey }>();

export function clientKeys(client: Pick<TClient, "clientId" | "jwks" | "jwksUri">): JWTVerifyGetKey | null {
  const source = client.jwks ?? client.jwksUri;
  if (!source) return null;
  const hit = cache.get(client.clientId);
  if (hit && hit.source === source) return hit.keys;
  const keys = client.jwks
    ? createLocalJWKSet(withoutEdDsaAlg(JSON.parse(client.jwks) as JSONWebKeySet))
    : createRemoteJWKSet(new URL(client.jwksUri!), {
        timeoutDuration: 3000, cooldownDuration: 30_000, cacheMaxAge: 600_000,
        [customFetch]: (url, options) => outboundFetch(url, { method: "GET", headers: Object.fromEntries(options.headers), signal: options.signal, timeoutMs: 3000, maxBytes: 64 * 1024 }),
      });
  cache.set(client.clientId, { source, keys });
  return keys;
}

/** An Ed25519 key registered with alg "EdDSA" also verifies assertions labelled "Ed25519" (RFC 9864). */
function withoutEdDsaAlg(set: JSONWebKeySet): JSONWebKeySet {
  return { keys: set.keys.map((k) => (k.kty === "OKP" && (k.alg === "EdDSA" || k.alg === "Ed25519") ? { ...k, alg: undefined } : k)) };
}
