// The public origin of the portal (issuer URLs, redirect URIs, links). RENKEI_ORIGIN behind a proxy;
// otherwise http://localhost:$PORT. The HTTPS listener for certificate logins is tlsOrigin().
export function publicOrigin(): string {
  return (process.env.RENKEI_ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, "");
}

export function tlsOrigin(): string {
  return (process.env.RENKEI_TLS_ORIGIN || `https://localhost:${process.env.TLS_PORT || 3443}`).replace(/\/$/, "");
}

export function issuerFor(slug: string): string {
  return `${publicOrigin()}/${slug}`;
}
