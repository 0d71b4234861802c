import { oauthJson } from "@/lib/oauth/errors";
import { introspectToken } from "@/lib/oauth/introspect-token";
import { oauthRoute } from "@/lib/oauth/oauth-route";

export const dynamic = "force-dynamic";

export const POST = oauthRoute(async (request, institution) => oauthJson(await introspectToken(request, institution)));
