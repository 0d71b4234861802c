// Every kind of page answers with a Content-Security-Policy whose script-src allows only this response's
// nonce (proxy.ts, lib/http/security-headers.mjs): no 'unsafe-inline', a fresh nonce per request, and
// every script tag of the page carrying it — so a script Next did not write cannot run.
import { describe, expect, inject, it } from "vitest";
import { par, rawClient } from "./oauth/raw-client";

const baseUrl = inject("baseUrl");

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

async function page(path: string, cookie?: string) {
  const res = await fetch(baseUrl + path, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const csp = res.headers.get("content-security-policy") ?? "";
  const scriptSrc = directives(csp).get("script-src") ?? [];
  const nonce = scriptSrc.find((v) => /^'nonce-[^']+'$/.test(v))?.slice("'nonce-".length, -1) ?? null;
  return { res, csp, scriptSrc, nonce, html: await res.text() };
}

/** A consent step of a real interaction, with the browser cookie that owns it. */
async function consentStep() {
  const client = await rawClient("sakura");
  const pushed = await par(client);
  const authorize = await fetch(`${baseUrl}/sakura/oauth/authorize?client_id=${client.clientId}&request_uri=${encodeURIComponent(String(pushed.body.request_uri))}`, { redirect: "manual" });
  const cookie = (authorize.headers.get("set-cookie") ?? "").split(";")[0];
  const interaction = new URL(authorize.headers.get("location")!).pathname;
  return { interaction, cookie };
}

const PAGES = [
  "/", "/sakura", "/minato", "/kita", "/kita/terms", "/sakura/partners", "/sakura/links", "/minato/links",
  "/docs", "/demo", "/demo/result", "/console/login", "/preview", "/preview/screen/login?institution=kita",
  "/preview/screen/consent?institution=sakura", "/preview/compare/consent", "/no-such-page", "/sakura/no/such/page",
  "/sakura/oauth/authorize", // the authorization error page (a route handler's HTML)
];

describe("Content-Security-Policy on every page", () => {
  it.each(PAGES)("%s: scripts only with this response's nonce", async (path) => {
    const first = await page(path);
    expect(first.res.status).toBeLessThan(500);
    expect(first.res.headers.get("content-type") ?? "").toContain("text/html");
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.scriptSrc).not.toContain("'unsafe-inline'");
    expect(first.scriptSrc).not.toContain("'unsafe-eval'");
    expect(directives(first.csp).get("object-src")).toEqual(["'none'"]);
    expect(directives(first.csp).get("frame-ancestors")).toEqual([path.startsWith("/preview") ? "'self'" : "'none'"]);
    // one policy, not two merged by the browser
    expect(first.res.headers.get("content-security-policy")).not.toContain(",");

    const scripts = first.html.match(/<script\b[^>]*>/g) ?? [];
    for (const tag of scripts) expect(tag).toContain(`nonce="${first.nonce}"`);
    if (path !== "/sakura/oauth/authorize") expect(scripts.length).toBeGreaterThan(0);

    const second = await page(path);
    expect(second.nonce).not.toBe(first.nonce);
  });

  it("the consent steps and the page of an interaction owned by another browser", async () => {
    const { interaction, cookie } = await consentStep();
    const start = await page(interaction, cookie);
    expect(start.res.status).toBe(307);
    const step = new URL(start.res.headers.get("location")!, baseUrl).pathname;
    expect(step).toMatch(/\/login$/);
    for (const [path, withCookie] of [[step, cookie], [interaction, undefined]] as const) {
      const first = await page(path, withCookie);
      expect(first.res.status).toBe(200);
      expect(first.nonce).not.toBeNull();
      expect(first.scriptSrc).not.toContain("'unsafe-inline'");
      for (const tag of first.html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${first.nonce}"`);
      expect((await page(path, withCookie)).nonce).not.toBe(first.nonce);
    }
    expect((await page(step, cookie)).html).toContain("契約者ID");
  });

  it("a nonce a client sends in its own request header is not the one used", async () => {
    const res = await fetch(`${baseUrl}/sakura`, { headers: { "content-security-policy": "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='" } });
    const html = await res.text();
    expect(res.headers.get("content-security-policy")).not.toContain("AAAAAAAAAAAAAAAAAAAAAA==");
    expect(html).not.toContain('nonce="AAAAAAAAAAAAAAAAAAAAAA=="');
  });

  it("the other security headers stay on pages and on machine endpoints", async () => {
    for (const path of ["/sakura", "/preview", "/sakura/.well-known/oauth-authorization-server", "/healthz"]) {
      const res = await fetch(baseUrl + path);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(res.headers.get("x-frame-options")).toBe(path === "/preview" ? "SAMEORIGIN" : "DENY");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors");
    }
  });
});
