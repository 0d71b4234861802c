// The page the authorization endpoint shows when it cannot trust the request (unknown or suspended
// client, missing, used, expired or foreign request_uri, an unregistered redirect_uri, a client whose
// security profile no longer serves it — with its sunset date). RFC 6749 §4.1.2.1 and RFC 9700 §4.11: the
// redirect_uri is not verified yet, so the browser is told here, with status 400, and never redirected.
// A route handler cannot render React, so this is a small self-contained page in the institution's colours,
// with the same band as components/ui/institution-header.tsx (mark or logo, name, service name). It is
// the only page for these refusals; a bad request from a verified client and redirect_uri is not one of
// them: it goes back to the client (RFC 6749 §4.1.2.1, app/[institution]/oauth/authorize/route.ts).
import "server-only";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { logoDataUrl } from "@/lib/institutions/logo-data-url";
import { pageTitle } from "@/lib/institutions/page-title";
import { profileRefusalMessage } from "@/lib/oauth/clients/profile-policy";
import type { TStartRefusal } from "./start-interaction";

export const AUTHORIZATION_ERROR_MESSAGES: Record<TStartRefusal["reason"], string> = {
  unknown_client: "連携元のサービスが確認できませんでした。",
  client_suspended: "連携元のサービスは現在ご利用いただけません。",
  invalid_request_uri: "お手続きの有効期限が切れたか、すでに使用されています。",
  missing_parameters: "お手続きに必要な情報が不足しています。",
  invalid_redirect_uri: "連携元のサービスの戻り先が確認できませんでした。",
  // the page names the date (lib/oauth/clients/profile-policy.ts); this is the fallback
  profile_refused: "連携元のサービスの接続方式は、この金融機関ではご利用いただけません。",
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function authorizationErrorPage(institution: Pick<TInstitution, "name" | "theme">, refusal: Pick<TStartRefusal, "reason" | "profileRefusal">): Response {
  const { reason } = refusal;
  const message = refusal.profileRefusal ? profileRefusalMessage(refusal.profileRefusal) : AUTHORIZATION_ERROR_MESSAGES[reason];
  const c = institution.theme.colors;
  const name = escapeHtml(institution.name);
  // the logo as an image, never as markup, like the React header (lib/institutions/logo-data-url.ts)
  const mark = institution.theme.logoSvg
    ? `<img class="logo" src="${logoDataUrl(institution.theme.logoSvg)}" alt="">`
    : `<span class="mark" aria-hidden="true">${escapeHtml(institution.theme.textMark)}</span>`;
  const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(pageTitle("お手続きを開始できません", institution.name))}</title>
<style>
body{margin:0;font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;background:${c.background};color:${c.text};line-height:1.7}
header{background:${c.primary};color:${c.onPrimary}}
header div{max-width:36rem;margin:0 auto;padding:12px 16px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 16px}
.mark{border:2px solid currentColor;border-radius:${institution.theme.radius};padding:2px 8px;font-size:.875rem;font-weight:bold;letter-spacing:.1em}
.logo{height:2rem;width:auto}
.name{font-size:1.125rem;font-weight:bold}
.service{font-size:.875rem;opacity:.9}
main{max-width:36rem;margin:0 auto;padding:32px 16px} /* the header's row is as wide, so the logo starts where the text does */
h1{font-size:1.25rem}
.alert{border:1px solid ${c.error};color:${c.error};background:${c.surface};border-radius:${institution.theme.radius};padding:16px}
</style>
</head>
<body>
<header><div>${mark}<span class="name">${escapeHtml(institution.theme.displayName)}</span><span class="service">${escapeHtml(institution.theme.serviceName)}</span></div></header>
<main>
<h1>お手続きを開始できません</h1>
<p class="alert" role="alert" data-reason="${reason}">${escapeHtml(message)}</p>
<p>${reason === "profile_refused" ? "詳しくは、ご利用の外部サービスにお問い合わせください。" : "お手数ですが、ご利用の外部サービスの画面から、もう一度お手続きをやり直してください。"}</p>
<p><small>※当画面は、${name}のWebサイトです。</small></p>
</main>
</body>
</html>`;
  return new Response(html, {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "x-renkei-error": reason },
  });
}
