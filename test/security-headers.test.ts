// Security headers on every page (docs/security-habits.md), checked on the running production server.
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");
const tlsUrl = inject("tlsUrl");

describe("security headers", () => {
  it.each(["/", "/sakura", "/minato", "/kita", "/no-such-page"])("%s refuses framing and sniffing", async (path) => {
    const res = await fetch(baseUrl + path);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("sends HSTS on the HTTPS listener", async () => {
    const https = await import("node:https");
    const hsts = await new Promise<string | undefined>((resolve, reject) => {
      https.get(`${tlsUrl}/sakura`, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.headers["strict-transport-security"] as string | undefined);
      }).on("error", reject);
    });
    expect(hsts).toMatch(/max-age=\d+/);
  });
});
