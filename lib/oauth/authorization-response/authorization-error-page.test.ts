// The authorization error page draws the institution's logo as an image, never as markup.
import { describe, expect, it } from "vitest";
import { demoInstitutions } from "@/prisma/seed/institutions";
import { authorizationErrorPage } from "./authorization-error-page";

const sakura = demoInstitutions[0];
const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#fff"/></svg>';

describe("authorizationErrorPage", () => {
  it("shows the logo as a data: URL image", async () => {
    const html = await authorizationErrorPage({ name: sakura.name, theme: { ...sakura.theme, logoSvg: logo } }, { reason: "invalid_request_uri" }).text();
    expect(html).toContain(`<img class="logo" src="data:image/svg+xml;base64,${Buffer.from(logo).toString("base64")}" alt="">`);
    expect(html).not.toContain("<svg");
  });

  it("a logo's markup never reaches the page, whatever it is", async () => {
    const payload = '<img src=x onerror="document.title=1">"><script>alert(1)</script>';
    const html = await authorizationErrorPage({ name: sakura.name, theme: { ...sakura.theme, logoSvg: payload } }, { reason: "unknown_client" }).text();
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("<script");
  });

  it("shows the text mark without a logo", async () => {
    const html = await authorizationErrorPage({ name: sakura.name, theme: sakura.theme }, { reason: "unknown_client" }).text();
    expect(html).toContain('<span class="mark" aria-hidden="true">さくら</span>');
  });

  it("names a baseline client's sunset, in Japanese, and sends the customer to the service", async () => {
    const res = authorizationErrorPage({ name: sakura.name, theme: sakura.theme }, { reason: "profile_refused", profileRefusal: { kind: "sunset", sunsetAt: new Date("2027-12-01T15:00:00Z"), lastDay: "2027-12-01" } });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-renkei-error")).toBe("profile_refused");
    const html = await res.text();
    expect(html).toContain("連携元のサービスの接続方式（baseline）の利用期限（2027年12月1日）を過ぎています。");
    expect(html).toContain("詳しくは、ご利用の外部サービスにお問い合わせください。");
  });
});
