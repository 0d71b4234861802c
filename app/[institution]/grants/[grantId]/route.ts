// FAPI Grant Management: GET (query) and DELETE (revoke) one grant.
import { getInstitution } from "@/lib/institutions/get-institution";
import { NotFound, ResourceAuthError, oauthErrorResponse, oauthJson } from "@/lib/oauth/errors";
import { deleteGrant, queryGrant } from "@/lib/oauth/manage-grant";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ institution: string; grantId: string }> };

function handle(action: (request: Request, institution: NonNullable<Awaited<ReturnType<typeof getInstitution>>>, grantId: string) => Promise<Response>) {
  return async (request: Request, { params }: TContext) => {
    try {
      const { institution: slug, grantId } = await params;
      const institution = await getInstitution(slug);
      if (!institution) throw new NotFound("unknown institution");
      return await action(request, institution, grantId);
    } catch (error) {
      if (error instanceof ResourceAuthError) {
        return oauthJson({ error: error.error, error_description: error.description }, error.status, { "www-authenticate": error.wwwAuthenticate });
      }
      return oauthErrorResponse(error);
    }
  };
}

export const GET = handle(async (request, institution, grantId) => oauthJson(await queryGrant(request, institution, grantId)));
export const DELETE = handle(async (request, institution, grantId) => {
  await deleteGrant(request, institution, grantId);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
