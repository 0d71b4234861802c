// Wraps an OAuth endpoint: finds the institution of the URL, runs the handler, and turns every thrown
// error into an RFC 6749 §5.2 response (lib/oauth/errors.ts). Routes stay a few lines long.
import "server-only";
import { getInstitution, type TInstitution } from "@/lib/institutions/get-institution";
import { currentDpopNonce } from "./dpop-nonce";
import { NotFound, oauthErrorResponse } from "./errors";

type TContext = { params: Promise<{ institution: string }> };
export type TOAuthHandler = (request: Request, institution: TInstitution) => Promise<Response>;

/** dpopNonce: the endpoint hands out DPoP nonces (RFC 9449 §8.2: any response may carry a fresh one). */
export function oauthRoute(handler: TOAuthHandler, options: { dpopNonce?: boolean } = {}) {
  return async (request: Request, context: TContext): Promise<Response> => {
    let response: Response;
    try {
      const institution = await getInstitution((await context.params).institution);
      if (!institution) throw new NotFound("unknown institution");
      response = await handler(request, institution);
    } catch (error) {
      response = oauthErrorResponse(error);
    }
    if (options.dpopNonce && !response.headers.has("dpop-nonce")) response.headers.set("dpop-nonce", currentDpopNonce());
    return response;
  };
}
