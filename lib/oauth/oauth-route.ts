// Wraps an OAuth endpoint: finds the institution of the URL, runs the handler, and turns every thrown
// error into an RFC 6749 §5.2 response (lib/oauth/errors.ts). Routes stay a few lines long.
import "server-only";
import { getInstitution, type TInstitution } from "@/lib/institutions/get-institution";
import { NotFound, oauthErrorResponse } from "./errors";

type TContext = { params: Promise<{ institution: string }> };
export type TOAuthHandler = (request: Request, institution: TInstitution) => Promise<Response>;

export function oauthRoute(handler: TOAuthHandler) {
  return async (request: Request, context: TContext): Promise<Response> => {
    try {
      const institution = await getInstitution((await context.params).institution);
      if (!institution) throw new NotFound("unknown institution");
      return await handler(request, institution);
    } catch (error) {
      return oauthErrorResponse(error);
    }
  };
}
