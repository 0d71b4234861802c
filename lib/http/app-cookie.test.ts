// One rule names and flags every cookie: __Host- and Secure where the public origin is https, the plain
// name on the demo's http://localhost (a browser drops a Secure cookie set over plain http).
import { afterEach, describe, expect, it } from "vitest";
import { browserCookie } from "@/lib/auth/browser-id";
import { appCookie } from "./app-cookie";

const origin = process.env.RENKEI_ORIGIN;
afterEach(() => {
  process.env.RENKEI_ORIGIN = origin;
});

describe("appCookie", () => {
  it("on an https origin: __Host- prefix, Secure, Path=/, no Domain, HttpOnly, SameSite=Lax", () => {
    process.env.RENKEI_ORIGIN = "https://api.bank.example";
    const cookie = appCookie("renkei.customer-session", 900);
    expect(cookie).toEqual({ name: "__Host-renkei.customer-session", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true, maxAge: 900 } });
    expect(cookie.options).not.toHaveProperty("domain");
    expect(browserCookie().name).toBe("__Host-renkei_browser");
    expect(browserCookie().options.secure).toBe(true);
  });

  it("on the demo's http origin: the plain name, without Secure", () => {
    process.env.RENKEI_ORIGIN = "http://localhost:3000";
    expect(appCookie("renkei.demo", 3600)).toEqual({ name: "renkei.demo", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: 3600 } });
    expect(browserCookie().name).toBe("renkei_browser");
  });

  it("a session cookie has no maxAge", () => {
    expect(appCookie("renkei.operator-session").options).not.toHaveProperty("maxAge");
  });
});
