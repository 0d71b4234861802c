// With the HTTPS listener off (TLS_PORT=0, server.mjs) and no TLS-terminating proxy named (RENKEI_TLS_ORIGIN),
// nothing serves mutual TLS: the metadata offers neither tls_client_auth nor mtls_endpoint_aliases (never
// https://localhost:0/…), and /docs §8 says so. The suite's own server, with its HTTPS listener, still does.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type TServer } from "../server-process";
import { extraServerPort, VITEST_DB_NAME } from "../env";

type TMetadata = { token_endpoint_auth_methods_supported: string[]; mtls_endpoint_aliases?: Record<string, string>; tls_client_certificate_bound_access_tokens: boolean };

const metadataOf = async (base: string, slug: string) => (await (await fetch(`${base}/.well-known/oauth-authorization-server/${slug}`)).json()) as TMetadata;

describe("mutual TLS is advertised only where it is served", () => {
  let server: TServer;
  // the suite's database, not re-seeded: only the metadata and /docs are read
  beforeAll(async () => {
    server = await startServer(VITEST_DB_NAME, extraServerPort("tlsOff"), 0, { TLS_PORT: "0", RENKEI_TLS_ORIGIN: "" }, { fresh: false });
  }, 90_000);
  afterAll(() => server?.stop());

  it("with TLS_PORT=0: no tls_client_auth, no mTLS aliases, no certificate-bound tokens, in the metadata of every issuer path", async () => {
    for (const url of [`${server.baseUrl}/.well-known/oauth-authorization-server/sakura`, `${server.baseUrl}/minato/.well-known/oauth-authorization-server`]) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain("localhost:0");
      const metadata = JSON.parse(text) as TMetadata;
      expect(metadata.mtls_endpoint_aliases).toBeUndefined();
      expect(metadata.token_endpoint_auth_methods_supported).not.toContain("tls_client_auth");
      expect(metadata.token_endpoint_auth_methods_supported).toContain("private_key_jwt");
      expect(metadata.tls_client_certificate_bound_access_tokens).toBe(false);
    }
  });

  it("with TLS_PORT=0: /docs §8 names no https://localhost:0 and says mutual TLS is not offered", async () => {
    const html = await (await fetch(`${server.baseUrl}/docs`)).text();
    expect(html).not.toContain("localhost:0");
    expect(html).toContain("tls_client_auth と証明書に拘束したトークンは提供していません");
  });

  it("with the HTTPS listener on (the suite's server): the aliases on that listener, and tls_client_auth", async () => {
    const metadata = await metadataOf(inject("baseUrl"), "sakura");
    expect(metadata.token_endpoint_auth_methods_supported).toContain("tls_client_auth");
    expect(metadata.mtls_endpoint_aliases?.token_endpoint).toBe(`${inject("tlsUrl")}/sakura/oauth/token`);
    expect(metadata.tls_client_certificate_bound_access_tokens).toBe(true);
  });
});
