// The one definition of the security headers (next.config.js, proxy.ts and a server outside Next read it).
import { describe, expect, it } from "vitest";
import { createCspNonce, frameOptions, machineSecurityHeaders, pageContentSecurityPolicy } from "./security-headers.mjs";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("a page's policy allows scripts only by this nonce", () => {
    const csp = pageContentSecurityPolicy({ nonce: "abc", pathname: "/sakura" });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("only /preview may be framed, and only by this origin", () => {
    for (const path of ["/preview", "/preview/screen/login"]) {
      expect(directive(pageContentSecurityPolicy({ nonce: "n", pathname: path }), "frame-ancestors")).toBe("frame-ancestors 'self'");
      expect(frameOptions(path)).toBe("SAMEORIGIN");
    }
    for (const path of ["/", "/previews", "/sakura/preview"]) expect(frameOptions(path)).toBe("DENY");
  });

  it("'unsafe-eval' only under next dev", () => {
    expect(directive(pageContentSecurityPolicy({ nonce: "n", pathname: "/", development: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("nonces are 128 random bits, never repeated", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createCspNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("a response that is not a page gets every header and a policy that allows nothing", () => {
    expect(machineSecurityHeaders()).toEqual({
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "same-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
      "cross-origin-opener-policy": "same-origin",
    });
  });
});
