// The screens' answer while the database cannot be reached (lib/db/outage-watch.ts): 503 with Retry-After
// (RFC 9110 §15.6.4) and a small Japanese page in the institution's colours — its theme as last read
// (lib/institutions/last-known-institutions.ts), or a plain one — instead of Next's English error page.
// Self-contained (no script, its own <style>), so it needs nothing from the database, from Next or from the build.
import { RETRY_AFTER_SECONDS } from "@/lib/db/database-unavailable";
import { lastKnownInstitution, type TInstitutionFace } from "@/lib/institutions/last-known-institutions";
import { logoDataUrl } from "@/lib/institutions/logo-data-url";
import { pageTitle } from "@/lib/institutions/page-title";
import { MACHINE_SECURITY_HEADERS } from "./machine-security-headers";

export const OUTAGE_HEADING = "ただいまご利用いただけません";
const MESSAGE = "ただいまシステムに接続できないため、ご利用いただけません。お手数ですが、しばらくしてから再度お試しください。";

const PLAIN = { primary: "#1f3a5f", onPrimary: "#ffffff", text: "#1a1a1a", background: "#f5f6f8", surface: "#ffffff", error: "#b3261e" };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The institution a screen's path names (its first segment), when this process has seen it. */
function faceOf(pathname: string): TInstitutionFace | null {
  const slug = pathname.split("/")[1] ?? "";
  return /^[a-z0-9-]{1,40}$/.test(slug) ? lastKnownInstitution(slug) : null;
}

function html(face: TInstitutionFace | null): string {
  const c = face ? face.theme.colors : PLAIN;
  const radius = face?.theme.radius ?? "6px";
  const mark = !face ? "" : face.theme.logoSvg
    ? `<img class="logo" src="${logoDataUrl(face.theme.logoSvg)}" alt="">`
    : `<span class="mark" aria-hidden="true">${escapeHtml(face.theme.textMark)}</span>`;
  const band = face
    ? `${mark}<span class="name">${escapeHtml(face.theme.displayName)}</span><span class="service">${escapeHtml(face.theme.serviceName)}</span>`
    : `<span class="name">Renkei</span>`;
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(face ? pageTitle(OUTAGE_HEADING, face.name) : OUTAGE_HEADING)}</title>
<style>
body{margin:0;font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;background:${c.background};color:${c.text};line-height:1.7}
header{background:${c.primary};color:${c.onPrimary}}
header div{max-width:36rem;margin:0 auto;padding:12px 16px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 16px}
.mark{border:2px solid currentColor;border-radius:${radius};padding:2px 8px;font-size:.875rem;font-weight:bold;letter-spacing:.1em}
.logo{height:2rem;width:auto}
.name{font-size:1.125rem;font-weight:bold}
.service{font-size:.875rem;opacity:.9}
main{max-width:36rem;margin:0 auto;padding:32px 16px}
h1{font-size:1.25rem}
.alert{border:1px solid ${c.error};color:${c.error};background:${c.surface};border-radius:${radius};padding:16px}
</style>
</head>
<body>
<header><div>${band}</div></header>
<main>
<h1>${OUTAGE_HEADING}</h1>
<p class="alert" role="alert">${MESSAGE}</p>
${face ? `<p><small>※当画面は、${escapeHtml(face.name)}のWebサイトです。</small></p>` : ""}
</main>
</body>
</html>`;
}

/** The page for a screen's path: status, headers and body. */
export function databaseOutagePage(pathname: string): { status: 503; headers: Record<string, string>; body: Buffer } {
  const body = Buffer.from(html(faceOf(pathname)), "utf8");
  return {
    status: 503,
    headers: {
      ...MACHINE_SECURITY_HEADERS,
      // nothing runs and nothing loads; only the page's own <style> and a data: logo
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      "content-type": "text/html; charset=utf-8",
      "content-length": String(body.length),
      "cache-control": "no-store",
      "retry-after": String(RETRY_AFTER_SECONDS),
    },
    body,
  };
}
