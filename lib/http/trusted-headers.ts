// The request headers only Renkei's own server sets (lib/http/sanitize-headers.ts): whatever a client
// sends under these names is dropped on both listeners before anything reads them. Everything in lib/
// that needs the TLS facts or the client's address reads them through lib/http, never by name.
export const TRUSTED_HEADER = {
  /** the client's address: the socket's, or the one a trusted proxy appended */
  clientIp: "x-renkei-client-ip",
  /** "1" when the request came over TLS (the HTTPS listener, or a trusted proxy that terminated it) */
  tls: "x-renkei-tls",
  /** the TLS client certificate the browser or client presented, URL-encoded PEM */
  clientCert: "x-renkei-client-cert",
  /** this request's id: a trusted proxy's X-Request-Id, or one made here (lib/http/request-id.ts) */
  requestId: "x-renkei-request-id",
} as const;

/** Every header under this prefix is the server's: dropped from what clients send. */
export const TRUSTED_PREFIX = "x-renkei-";
