// server.mjs: the headers only it may set are rebuilt from the socket on every request, so a client
// cannot claim a certificate, TLS or an address by sending them itself.
import { describe, expect, it } from "vitest";
import { sanitizeHeaders } from "./sanitize-headers";

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

  it("drops every x-renkei-* header a client sends, not only today's names", () => {
    const req = fakeRequest({ "x-renkei-client-cert-verified": "SUCCESS", "x-renkei-anything": "1" }, { remoteAddress: "127.0.0.1" });
    sanitizeHeaders(req, { tls: false });
    expect(Object.keys(req.headers).filter((h) => h.startsWith("x-renkei-")).sort()).toEqual(["x-renkei-client-ip", "x-renkei-request-id"]);
  });

  it("takes the request id from a trusted proxy's X-Request-Id only, else makes one (a forged x-renkei-request-id too)", () => {
    const through = (remote: string, headers: Record<string, string>) => {
      const req = fakeRequest(headers, { remoteAddress: remote });
      sanitizeHeaders(req, { tls: false, env: { RENKEI_TRUSTED_PROXIES: "10.0.0.2" } });
      return req.headers["x-renkei-request-id"];
    };
    expect(through("10.0.0.2", { "x-request-id": "lb-42" })).toBe("lb-42");
    const uuid = /^[0-9a-f-]{36}$/;
    expect(through("198.51.100.7", { "x-request-id": "lb-42" })).toMatch(uuid);
    expect(through("198.51.100.7", { "x-renkei-request-id": "planted" })).toMatch(uuid);
    expect(through("10.0.0.2", { "x-request-id": "two words" })).toMatch(uuid);
  });
});

// docs/security-habits.md "who the client is": behind a proxy the client's address is the one the trusted proxy
// appended — the rightmost X-Forwarded-For hop that is not a trusted proxy — never the leftmost.
describe("the client's address behind trusted proxies", () => {
  const behind = (forwardedFor: string | undefined, trusted: string, remote = "10.0.0.2", extra: Record<string, string> = {}) => {
    const req = fakeRequest({ ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }), ...extra }, { remoteAddress: remote });
    sanitizeHeaders(req, { tls: false, env: { RENKEI_TRUSTED_PROXIES: trusted } });
    return req.headers;
  };

  it.each([
    ["the proxy appended the client's address", "203.0.113.9", "10.0.0.2", "203.0.113.9"],
    ["a forged leftmost entry is ignored", "198.51.100.66, 203.0.113.9", "10.0.0.2", "203.0.113.9"],
    ["many forged entries are ignored", "1.1.1.1, 2.2.2.2, 3.3.3.3, 203.0.113.9", "10.0.0.2", "203.0.113.9"],
    ["two trusted proxies in a row (CIDR)", "198.51.100.66, 203.0.113.9, 10.0.0.7", "10.0.0.0/24", "203.0.113.9"],
    ["IPv4-mapped IPv6 spellings", "::ffff:203.0.113.9", "10.0.0.2", "203.0.113.9"],
    ["IPv6 clients", "2001:db8::1", "10.0.0.2", "2001:db8::1"],
    ["a hop that is not an address: the proxy's socket address", "203.0.113.9, not-an-ip", "10.0.0.2", "10.0.0.2"],
    ["no X-Forwarded-For at all", undefined, "10.0.0.2", "10.0.0.2"],
  ])("%s", (_name, forwardedFor, trusted, expected) => {
    expect(behind(forwardedFor, trusted)["x-renkei-client-ip"]).toBe(expected);
  });

  it("a forged X-Forwarded-For changes nothing behind a trusted proxy: the same address, the same answer", () => {
    const honest = behind("203.0.113.9", "10.0.0.2")["x-renkei-client-ip"];
    for (const forged of ["127.0.0.1, 203.0.113.9", "10.0.0.2, 203.0.113.9", "203.0.113.1, 203.0.113.9"]) {
      expect(behind(forged, "10.0.0.2")["x-renkei-client-ip"]).toBe(honest);
    }
  });

  it("takes TLS from the trusted proxy's own (rightmost) X-Forwarded-Proto, and only from a trusted proxy", () => {
    expect(behind("203.0.113.9", "10.0.0.2", "10.0.0.2", { "x-forwarded-proto": "http, https" })["x-renkei-tls"]).toBe("1");
    expect(behind("203.0.113.9", "10.0.0.2", "10.0.0.2", { "x-forwarded-proto": "https, http" })["x-renkei-tls"]).toBeUndefined();
    expect(behind("203.0.113.9", "10.0.0.2", "198.51.100.7", { "x-forwarded-proto": "https" })["x-renkei-tls"]).toBeUndefined();
  });
});

