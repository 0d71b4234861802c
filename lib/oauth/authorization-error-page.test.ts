// The authorization error page draws the institution's logo as an image, never as markup.
import { describe, expect, it } from "vitest";
import { demoInstitutions } from "@/prisma/seed/institutions";
import { authorizationErrorPage } from "./authorization-error-page";

const sakura = demoInstitutions[0];
const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#fff"/></svg>';

describe("authorizationErrorPage", () => {
  it("shows the logo as a data: URL image", async () => {
    const html = await authorizationErrorPage({ name: sakura.name, theme: { ...sakura.theme, logoSvg: logo } }, "invalid_request_uri").text();
    expect(html).toContain(`<img class="logo" src="data:image/svg+xml;base64,${Buffer.from(logo).toString("base64")}" alt="">`);
    expect(html).not.toContain("<svg");
  });

  it("a logo's markup never reaches the page, whatever it is", async () => {
    const payload = '<img src=x onerror="document.title=1">"><script>alert(1)</script>';
    const html = await authorizationErrorPage({ name: sakura.name, theme: { ...sakura.theme, logoSvg: payload } }, "unknown_client").text();
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("<script");
  });

  it("shows the text mark without a logo", async () => {
    const html = await authorizationErrorPage({ name: sakura.name, theme: sakura.theme }, "unknown_client").text();
    expect(html).toContain('<span class="mark" aria-hidden="true">さくら</span>');
  });
});
