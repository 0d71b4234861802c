// GET /{institution}/oauth/authorize?client_id&request_uri — starts the customer's way through the
// consent steps. A bad client or request_uri shows an error page; it never redirects to a redirect_uri.
import { cookies } from "next/headers";
import { BROWSER_COOKIE, browserCookieOptions, newBrowserId } from "@/lib/auth/browser-id";
import { getInstitution } from "@/lib/institutions/get-institution";
import { publicOrigin } from "@/lib/config/origin";
import { startInteraction } from "@/lib/oauth/start-interaction";
import { clientIp } from "@/lib/oauth/request-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ institution: string }> }) {
  const slug = (await params).institution;
  const institution = await getInstitution(slug);
  if (!institution) return new Response("Not Found", { status: 404 });
  const jar = await cookies();
  const browserId = jar.get(BROWSER_COOKIE)?.value ?? newBrowserId();
  const result = await startInteraction(institution, new URL(request.url).searchParams, browserId, clientIp(request));
  const target = result.ok
    ? `${publicOrigin()}/${slug}/authorize/${result.interactionId}`
    : `${publicOrigin()}/${slug}/authorize/error?reason=${result.reason}`;
  jar.set(BROWSER_COOKIE, browserId, browserCookieOptions);
  return new Response(null, { status: 303, headers: { location: target, "cache-control": "no-store" } });
}
