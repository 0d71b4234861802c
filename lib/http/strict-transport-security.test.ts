import { describe, expect, it } from "vitest";
import { cameOverTls, strictTransportSecurity } from "./strict-transport-security";

describe("HSTS", () => {
  it("is a day on a loopback host and a year with subdomains on a real one", () => {
    expect(strictTransportSecurity({ RENKEI_TLS_ORIGIN: "https://localhost:3443" })).toBe("max-age=86400");
    expect(strictTransportSecurity({ RENKEI_ORIGIN: "https://portal.bank.example" })).toBe("max-age=31536000; includeSubDomains");
  });
  it("applies to what came over TLS, the listener's or a trusted proxy's (lib/http/sanitize-headers.ts)", () => {
    expect(cameOverTls({ "x-renkei-tls": "1" })).toBe(true);
    expect(cameOverTls({})).toBe(false);
  });
});
