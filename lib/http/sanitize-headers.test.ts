// server.mjs: the headers only it may set are rebuilt from the socket on every request, so a client
// cannot claim a certificate, TLS or an address by sending them itself.
import { describe, expect, it } from "vitest";
import { sanitizeHeaders } from "../server.mjs";

type TFakeRequest = { headers: Record<string, string>; rawHeaders: string[]; socket: Record<string, unknown> };

function fakeRequest(headers: Record<string, string>, socket: Record<string, unknown>): TFakeRequest {
  return { headers: { ...headers }, rawHeaders: Object.entries(headers).flat(), socket };
}

describe("sanitizeHeaders", () => {
  it("drops forged certificate, TLS and address headers on the plain listener", () => {
    const req = fakeRequest(
      { host: "localhost", "x-renkei-client-cert": "forged", "X-Renkei-TLS": "1", "x-renkei-client-ip": "10.0.0.1" },
      { remoteAddress: "::ffff:127.0.0.1" },
    );
    req.headers["x-renkei-tls"] = "1";
    sanitizeHeaders(req, { tls: false });
    expect(req.headers["x-renkei-client-cert"]).toBeUndefined();
    expect(req.headers["x-renkei-tls"]).toBeUndefined();
    expect(req.headers["x-renkei-client-ip"]).toBe("127.0.0.1");
    expect(req.rawHeaders.filter((h) => /x-renkei-client-cert|x-renkei-tls/i.test(h))).toEqual([]);
  });

  it("passes the presented certificate as URL-encoded PEM on the TLS listener", () => {
    const raw = Buffer.from("certificate-bytes");
    const req = fakeRequest({ "x-renkei-client-cert": "forged" }, { remoteAddress: "127.0.0.1", getPeerCertificate: () => ({ raw }) });
    sanitizeHeaders(req, { tls: true });
    const pem = decodeURIComponent(req.headers["x-renkei-client-cert"]);
    expect(pem).toContain("-----BEGIN CERTIFICATE-----");
    expect(pem).toContain(raw.toString("base64"));
    expect(req.headers["x-renkei-tls"]).toBe("1");
  });

  it("sets no certificate when the browser presented none", () => {
    const req = fakeRequest({}, { remoteAddress: "127.0.0.1", getPeerCertificate: () => ({}) });
    sanitizeHeaders(req, { tls: true });
    expect(req.headers["x-renkei-client-cert"]).toBeUndefined();
  });

  it("ignores X-Forwarded-For from an address that is not a trusted proxy", () => {
    const req = fakeRequest({ "x-forwarded-for": "203.0.113.9" }, { remoteAddress: "198.51.100.7" });
    sanitizeHeaders(req, { tls: false });
    expect(req.headers["x-renkei-client-ip"]).toBe("198.51.100.7");
  });
});
