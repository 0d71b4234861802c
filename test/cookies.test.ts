// Every cookie's name and flags come from one rule (lib/http/app-cookie.ts): on an https public origin
// __Host-<name> with Secure, on the demo's http://localhost the plain name. Checked on two real servers:
// the suite's (http origin) and one whose RENKEI_ORIGIN is https, as behind a TLS-terminating proxy.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { csrfToken } from "@/lib/consent/csrf";
import { startServer, type TServer } from "./server-process";
import { extraServerPort, VITEST_DB_NAME } from "./env";

const setCookies = (res: Response) => res.headers.getSetCookie();
const csrfIn = (html: string) => html.match(/name="csrf" value="([^"]*)"/)?.[1];

describe("on the demo's http origin", () => {
  const baseUrl = inject("baseUrl");

  it("the links page gives a first-time visitor the plain-named browser cookie, without Secure", async () => {
    const res = await fetch(`${baseUrl}/sakura/links`);
    const [cookie] = setCookies(res).filter((c) => c.startsWith("renkei_browser="));
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=lax/i);
    expect(cookie).not.toMatch(/; Secure/i);
    const id = cookie.split(";")[0].slice("renkei_browser=".length);
    expect(csrfIn(await res.text())).toBe(csrfToken(`links:sakura:${id}`));
  });

  it("a returning visitor keeps its cookie, and its token is its own", async () => {
    const a = await fetch(`${baseUrl}/sakura/links`, { headers: { cookie: "renkei_browser=visitor-a" } });
    const b = await fetch(`${baseUrl}/sakura/links`, { headers: { cookie: "renkei_browser=visitor-b" } });
    expect(setCookies(a).filter((c) => c.includes("renkei_browser"))).toEqual([]);
    const [tokenA, tokenB] = [csrfIn(await a.text()), csrfIn(await b.text())];
    expect(tokenA).toBe(csrfToken("links:sakura:visitor-a"));
    expect(tokenB).toBe(csrfToken("links:sakura:visitor-b"));
    expect(tokenA).not.toBe(tokenB);
  });
});

describe("on an https public origin", () => {
  let server: TServer;
  // the suite's database, not re-seeded; RENKEI_ORIGIN says the public side is https (a proxy in front)
  beforeAll(async () => {
    server = await startServer(VITEST_DB_NAME, extraServerPort("cookiesHttps"), extraServerPort("cookiesHttps", 1), { RENKEI_ORIGIN: `https://localhost:${extraServerPort("cookiesHttps", 1)}` }, { fresh: false });
  }, 90_000);
  afterAll(() => server?.stop());

  it("the browser cookie is __Host-renkei_browser: Secure, Path=/, no Domain", async () => {
    const res = await fetch(`${server.baseUrl}/sakura/links`);
    const cookies = setCookies(res);
    expect(cookies.filter((c) => c.startsWith("renkei_browser="))).toEqual([]);
    const [cookie] = cookies.filter((c) => c.startsWith("__Host-renkei_browser="));
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).not.toMatch(/; Domain=/i);
    const id = cookie.split(";")[0].slice("__Host-renkei_browser=".length);
    expect(csrfIn(await res.text())).toBe(csrfToken(`links:sakura:${id}`));
  });

  it("the page reads the prefixed cookie, and a plain-named one (which plain http could plant) is not it", async () => {
    const prefixed = await fetch(`${server.baseUrl}/sakura/links`, { headers: { cookie: "__Host-renkei_browser=visitor-a" } });
    expect(setCookies(prefixed)).toEqual([]);
    expect(csrfIn(await prefixed.text())).toBe(csrfToken("links:sakura:visitor-a"));
    const planted = await fetch(`${server.baseUrl}/sakura/links`, { headers: { cookie: "renkei_browser=visitor-a" } });
    expect(csrfIn(await planted.text())).not.toBe(csrfToken("links:sakura:visitor-a"));
  });

  it("the operator console's cookies follow the same rule", async () => {
    const res = await fetch(`${server.baseUrl}/api/auth/operator/csrf`);
    const [cookie] = setCookies(res).filter((c) => c.startsWith("__Host-renkei.operator-csrf="));
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
  });
});
