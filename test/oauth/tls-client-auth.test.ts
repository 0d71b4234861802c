// tls_client_auth (RFC 8705 §2.1) over the HTTPS listener: the demo CA's client certificate authenticates
// the client at the mTLS alias; tokens are bound to it (cnf.x5t#S256); no certificate, or another
// client's subject, is refused.
import { readFileSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { newAggregator } from "../support/new-aggregator";

const ca = path.resolve(process.env.RENKEI_CA_DIR || ".data/ca");
const cert = { cert: readFileSync(path.join(ca, "clients/demo-mtls.pem")), key: readFileSync(path.join(ca, "clients/demo-mtls.key")) };

function postTls(url: string, form: Record<string, string>, withCert: boolean): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const body = new URLSearchParams(form).toString();
    const req = https.request(url, { method: "POST", rejectUnauthorized: false, ...(withCert ? cert : {}), headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || "{}") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function register(subjectDn: string) {
  const res = await fetch(`${inject("baseUrl")}/sakura/oauth/register`, {
    method: "POST", headers: { authorization: "Bearer test-initial-access-token", "content-type": "application/json" },
    body: JSON.stringify({ client_name: "mTLS家計簿", ...newAggregator("mTLSテスト株式会社"), redirect_uris: ["http://localhost:8080/callback"], token_endpoint_auth_method: "tls_client_auth", tls_client_auth_subject_dn: subjectDn, channels: ["personal"] }),
  });
  return ((await res.json()) as { client_id: string }).client_id;
}

const parForm = (clientId: string) => ({ response_type: "code", client_id: clientId, redirect_uri: "http://localhost:8080/callback", scope: "balances", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256" });

describe("tls_client_auth", () => {
  it("authenticates a client by its certificate at the mTLS alias", async () => {
    const clientId = await register("CN=demo-mtls-client,O=Renkei Demo Aggregator");
    const res = await postTls(`${inject("tlsUrl")}/sakura/oauth/par`, parForm(clientId), true);
    expect(res.status).toBe(201);
    expect(String(res.body.request_uri)).toMatch(/^urn:ietf:params:oauth:request_uri:/);
  });

  it("refuses no certificate, the plain listener, and a certificate with another subject", async () => {
    const clientId = await register("CN=demo-mtls-client,O=Renkei Demo Aggregator");
    expect((await postTls(`${inject("tlsUrl")}/sakura/oauth/par`, parForm(clientId), false)).body).toMatchObject({ error: "invalid_client", error_description: "no client certificate was presented" });
    const plain = await fetch(`${inject("baseUrl")}/sakura/oauth/par`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-renkei-client-cert": "forged", "x-renkei-tls": "1" }, body: new URLSearchParams(parForm(clientId)) });
    expect((await plain.json()).error).toBe("invalid_client");
    const other = await register("CN=someone-else,O=Elsewhere");
    expect((await postTls(`${inject("tlsUrl")}/sakura/oauth/par`, parForm(other), true)).body).toMatchObject({ error: "invalid_client", error_description: "the client certificate's subject does not match the registration" });
  });
});
