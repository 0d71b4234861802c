// ZTheme checks the logo itself (lib/institutions/logo-svg-problem.ts): whatever path a theme comes by —
// the editor, the preview's unsaved theme, the seed, a stored row — a logo that could carry script is refused.
import { describe, expect, it } from "vitest";
import { demoInstitutions } from "@/prisma/seed/institutions";
import { parseTheme, ZTheme } from "./theme";

const base = demoInstitutions[0].theme;
const SVG = 'xmlns="http://www.w3.org/2000/svg"';
const withLogo = (logoSvg: string | null) => ({ ...base, logoSvg });

async function logoIssue(logoSvg: string): Promise<string | null> {
  const parsed = await ZTheme.safeParseAsync(withLogo(logoSvg));
  if (parsed.success) return null;
  expect(parsed.error.issues.map((i) => i.path.join("."))).toEqual(["logoSvg"]);
  return parsed.error.issues[0].message;
}

describe("ZTheme: the logo", () => {
  it.each([
    ["shapes and text", `<svg ${SVG} viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#fff"/><text x="1" y="8">さくら</text></svg>`],
    ["gradients, clip paths, filters by fragment", `<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient><clipPath id="c"><rect width="5" height="5"/></clipPath><filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs><rect width="10" height="10" fill="url(#g)" clip-path="url(#c)" filter="url(#f)"/></svg>`],
    ["an XML declaration, comments and CSS in CDATA", `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: an editor -->\n<svg ${SVG}><style><![CDATA[.a{fill:#a61e4d}]]></style><g class="a"><path d="M0 0h10v10z"/></g></svg>`],
    ["a title for assistive technology", `<svg ${SVG} role="img" aria-label="さくら"><title>さくら信用金庫</title><rect width="1" height="1"/></svg>`],
  ])("accepts %s", async (_name, svg) => {
    expect(await logoIssue(svg)).toBeNull();
  });

  it.each([
    ["HTML with an event handler", "<img src=x onerror=alert(document.domain)>", "正しい形式"],
    ["an event handler after a slash (HTML parsers take it)", "<svg><g/onmouseover=alert(1)></svg>", "正しい形式"],
    ["an unquoted, entity-encoded javascript: href", "<svg><a href=java&#115;cript:alert(1)>x</a></svg>", "正しい形式"],
    ["a quoted, entity-encoded javascript: href", `<svg ${SVG}><a href="java&#115;cript:alert(1)"><text>x</text></a></svg>`, "<a>"],
    ["a javascript: xlink:href on a shape", `<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><rect xlink:href="javascript:alert(1)"/></svg>`, "xlink:href"],
    ["onload on the root", `<svg ${SVG} onload="alert(1)"/>`, "onload"],
    ["an upper-case handler", `<svg ${SVG} ONLOAD="alert(1)"/>`, "ONLOAD"],
    ["onload on a nested svg", `<svg ${SVG}><svg onload="alert(1)"/></svg>`, "onload"],
    ["a script element", `<svg ${SVG}><script>alert(1)</script></svg>`, "<script>"],
    ["an XHTML script element", `<svg ${SVG}><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>`, "h:script"],
    ["foreignObject with HTML", `<svg ${SVG}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject></svg>`, "foreignObject"],
    ["an animation that writes href", `<svg ${SVG}><animate attributeName="href" to="javascript:alert(1)"/></svg>`, "<animate>"],
    ["set writing an event handler", `<svg ${SVG}><set attributeName="onmouseover" to="alert(1)"/></svg>`, "<set>"],
    ["use of another document", `<svg ${SVG}><use href="https://evil.example/x.svg#a"/></svg>`, "<use>"],
    ["an external image", `<svg ${SVG}><image href="https://evil.example/x.png"/></svg>`, "href"],
    ["an external filter image", `<svg ${SVG}><filter id="f"><feImage href="https://evil.example/x"/></filter></svg>`, "href"],
    ["a stylesheet processing instruction", `<svg ${SVG}><?xml-stylesheet href="https://evil.example/x.css"?></svg>`, "処理命令"],
    ["a DOCTYPE with entities", `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]><svg ${SVG}><text>&a;</text></svg>`, "DOCTYPE"],
    ["svg without its namespace", '<svg viewBox="0 0 1 1"><circle r="1"/></svg>', "xmlns"],
    ["a root that is not svg", '<div xmlns="http://www.w3.org/1999/xhtml">x</div>', "xmlns"],
    ["text that is not markup", "さくら", "正しい形式"],
    ["a logo over 20,000 characters", `<svg ${SVG}>${"<g/>".repeat(5000)}</svg>`, "20,000"],
  ])("refuses %s", async (_name, svg, named) => {
    const message = await logoIssue(svg);
    expect(message).not.toBeNull();
    expect(message).toContain(named);
  });

  it("keeps a theme without a logo", async () => {
    expect((await ZTheme.parseAsync(withLogo(null))).logoSvg).toBeNull();
    expect((await ZTheme.parseAsync({ ...base, logoSvg: undefined })).logoSvg).toBeNull();
  });

  it("cannot be checked synchronously, so no caller skips the logo check by accident", () => {
    expect(() => ZTheme.parse(withLogo(`<svg ${SVG}/>`))).toThrow();
  });
});

describe("parseTheme (a stored theme)", () => {
  it("drops a stored logo the check refuses, and keeps the rest of the theme", async () => {
    const theme = await parseTheme(JSON.stringify(withLogo("<svg><g/onmouseover=alert(1)></svg>")));
    expect(theme.logoSvg).toBeNull();
    expect(theme.displayName).toBe(base.displayName);
    expect(theme.colors).toEqual(base.colors);
  });

  it("keeps a good logo and refuses a theme broken elsewhere", async () => {
    const good = `<svg ${SVG}><rect width="1" height="1"/></svg>`;
    expect((await parseTheme(JSON.stringify(withLogo(good)))).logoSvg).toBe(good);
    await expect(parseTheme(JSON.stringify({ ...base, colors: { ...base.colors, primary: "red" } }))).rejects.toThrow();
  });
});
