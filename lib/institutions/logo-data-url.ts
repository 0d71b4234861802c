// The logo as an image URL. Drawn with <img src="data:image/svg+xml;base64,…">, an SVG runs no script,
// answers no event and loads nothing (the browser's secure static mode for SVG images), whatever its
// markup — so the logo is never put into a page as markup (components/ui/institution-header.tsx,
// lib/oauth/authorization-response/authorization-error-page.ts). Base64, not percent-encoding: no character of the markup can
// end the attribute it is written into.
export function logoDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}
