// /preview/authorization-error/{reason}?institution=sakura — the authorization endpoint's refusal page
// (「お手続きを開始できません」) for the gallery, drawn by the same function the endpoint answers with.
import { authorizationErrorPage, AUTHORIZATION_ERROR_MESSAGES } from "@/lib/oauth/authorization-response/authorization-error-page";
import { getInstitution } from "@/lib/institutions/get-institution";

export const dynamic = "force-dynamic";

type TReason = keyof typeof AUTHORIZATION_ERROR_MESSAGES;

export async function GET(request: Request, { params }: { params: Promise<{ reason: string }> }) {
  const { reason } = await params;
  const institution = await getInstitution(new URL(request.url).searchParams.get("institution") ?? "sakura");
  if (!institution || !Object.hasOwn(AUTHORIZATION_ERROR_MESSAGES, reason)) return new Response("見つかりません。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  // a baseline client's refusal names its sunset: the gallery shows it with a sample date
  const sample = reason === "profile_refused" ? { profileRefusal: { kind: "sunset" as const, sunsetAt: new Date("2027-12-01T15:00:00Z"), lastDay: "2027-12-01" } } : {};
  const page = authorizationErrorPage(institution, { reason: reason as TReason, ...sample });
  // the gallery shows it; the status of the real answer (400) would only make the frame look broken
  return new Response(page.body, { status: 200, headers: page.headers });
}
