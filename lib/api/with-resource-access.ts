// One wrapper for every resource endpoint: finds the institution, checks the DPoP-bound token and the
// scope (lib/oauth/authenticate-resource-request.ts), runs the handler, and turns every error into the
// API's own shape — 401/403 with WWW-Authenticate: DPoP, never a stack trace, never cached.
import "server-only";
import { getInstitution, type TInstitution } from "@/lib/institutions/get-institution";
import { authenticateResourceRequest, type TResourceAccess } from "@/lib/oauth/authenticate-resource-request";
import type { TScope } from "@/lib/oauth/authorization-params";
import { ResourceAuthError } from "@/lib/oauth/errors";
import { ApiError, apiErrorResponse } from "./errors";

type TContext = { params: Promise<{ institution: string }> };
type THandler = (input: { request: Request; url: URL; institution: TInstitution; access: TResourceAccess }) => Promise<unknown>;

export function withResourceAccess(handler: THandler, options: { scope: TScope | null }) {
  return async (request: Request, context: TContext): Promise<Response> => {
    try {
      const institution = await getInstitution((await context.params).institution);
      if (!institution) throw new ApiError("not_found");
      const access = await authenticateResourceRequest(request, institution, options.scope);
      const body = await handler({ request, url: new URL(request.url), institution, access });
      return Response.json(body, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      if (error instanceof ApiError) return apiErrorResponse(error);
      if (error instanceof ResourceAuthError) {
        const code = error.error === "insufficient_scope" ? "insufficient_scope" : error.error === "invalid_dpop_proof" ? "invalid_dpop_proof" : "unauthorized";
        return apiErrorResponse(new ApiError(code, error.description === "missing" ? "Authorization ヘッダーがありません" : undefined, error.wwwAuthenticate));
      }
      console.error("api: unexpected error", error);
      return apiErrorResponse(new ApiError("internal_error"));
    }
  };
}

/** Query parameters, each at most once (a duplicated one is an error, not a guess). */
export function queryParam(url: URL, name: string): string | undefined {
  const values = url.searchParams.getAll(name);
  if (values.length > 1) throw new ApiError("invalid_parameter", `${name} が複数指定されています`);
  return values[0];
}
