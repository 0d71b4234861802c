// The public origin of the portal (issuer URLs, redirect URIs, links). RENKEI_ORIGIN behind a proxy;
// otherwise http://localhost:$PORT. The HTTPS listener for certificate logins is tlsOrigin().
export function publicOrigin(): string {
  return (process.env.RENKEI_ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, "");
}

export function tlsOrigin(): string {
  return (process.env.RENKEI_TLS_ORIGIN || `https://localhost:${process.env.TLS_PORT || 3443}`).replace(/\/$/, "");
}

/**
 * Whether anything answers at tlsOrigin(): a TLS-terminating proxy named by RENKEI_TLS_ORIGIN (it verifies the
 * client certificate and forwards it, docs/design.md §4), or this process's own HTTPS listener, which
 * TLS_PORT=0 turns off (server.mjs). The metadata offers tls_client_auth and its mTLS aliases only then.
 */
export function tlsServed(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.RENKEI_TLS_ORIGIN) || Number(env.TLS_PORT ?? 3443) !== 0;
}

export function issuerFor(slug: string): string {
  return `${publicOrigin()}/${slug}`;
}
