// GET /{institution}/oauth/authorize?client_id&request_uri (or, from a baseline client, the request as
// query parameters) — starts the customer's way through the consent steps (303 to the first step). A bad
// client, request_uri or redirect_uri gets a Japanese error page with status 400 here, never a redirect
// (RFC 9700 §4.11); a bad request from a verified client and redirect_uri goes back to it (RFC 6749 §4.1.2.1).
import { cookies } from "next/headers";
import { browserCookie, newBrowserId } from "@/lib/auth/browser-id";
import { getInstitution } from "@/lib/institutions/get-institution";
import { publicOrigin } from "@/lib/config/origin";
import { authorizationErrorPage } from "@/lib/oauth/authorization-response/authorization-error-page";
import { startInteraction } from "@/lib/oauth/authorization-response/start-interaction";
import { clientIp } from "@/lib/http/client-ip";
import { seeOther } from "@/lib/http/see-other";
import { serviceUnavailableText } from "@/lib/http/service-unavailable";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ institution: string }> }) {
  try {
    return await authorize(request, (await context.params).institution);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return serviceUnavailableText();
    throw error;
  }
}

async function authorize(request: Request, slug: string): Promise<Response> {
  const institution = await getInstitution(slug);
  if (!institution) return new Response("金融機関が見つかりません。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const jar = await cookies();
  // the renkei_browser cookie binds the interaction to this browser (lib/auth/browser-id.ts)
  const cookie = browserCookie();
  const browserId = jar.get(cookie.name)?.value ?? newBrowserId();
  const result = await startInteraction(institution, request, browserId, clientIp(request));
  // an OAuth error for a verified client and redirect_uri goes back there (RFC 6749 §4.1.2.1)
  if (!result.ok && "redirectUrl" in result) return seeOther(result.redirectUrl);
  if (!result.ok) return authorizationErrorPage(institution, result);
  jar.set(cookie.name, browserId, cookie.options);
  return seeOther(`${publicOrigin()}/${slug}/authorize/${result.interactionId}`);
}
