// What the production server answers before any endpoint: a path it cannot decode, a method an
// endpoint does not serve (RFC 9110 §15.5.6: 405 names the allowed ones in Allow), and a body beyond
// what any machine endpoint reads (413, received by the client before the connection closes).
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

describe("the server's edges", () => {
  it.each(["/%E0%A4%A", "/sakura/%E0%A4%A", "/sakura/oauth/%ZZ", "/%"])("refuses the undecodable path %s with 400 and the security headers", async (path) => {
    const res = await fetch(`${baseUrl}${path}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).not.toMatch(/at .*\(|Error:/); // no stack trace
  });

  it.each([
    ["/sakura/oauth/par", "GET", "POST"],
    ["/sakura/oauth/token", "GET", "POST"],
    ["/sakura/oauth/token", "DELETE", "POST"],
    ["/sakura/oauth/revoke", "PUT", "POST"],
    ["/sakura/oauth/introspect", "PATCH", "POST"],
    ["/sakura/oauth/register", "GET", "POST"],
    ["/sakura/oauth/jwks", "POST", "GET"],
    ["/sakura/grants/g1", "POST", "GET, DELETE"],
    ["/sakura/api/v1/accounts", "POST", "GET"],
    ["/sakura/api/v1/accounts/transactions", "DELETE", "GET"],
  ])("%s answers %s with 405, Allow: %s and a body in the endpoint's shape", async (path, method, allow) => {
    const res = await fetch(`${baseUrl}${path}`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe(allow);
    const body = (await res.json()) as Record<string, string>;
    expect(body.error ?? body.errorCode).toMatch(/invalid_request|method_not_allowed/);
  });

  it("answers a 2 MB body with 413 in the OAuth shape, and serves the next request", async () => {
    const res = await fetch(`${baseUrl}/sakura/oauth/par`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=" + "x".repeat(2 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "invalid_request", error_description: "request body too large" });
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });

  it.each(["toString", "constructor", "__proto__", "no_such_reason"])("the gallery's refusal page for the reason %s is a 404, not a 500", async (reason) => {
    const res = await fetch(`${baseUrl}/preview/authorization-error/${reason}?institution=sakura`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("見つかりません。");
  });
});
