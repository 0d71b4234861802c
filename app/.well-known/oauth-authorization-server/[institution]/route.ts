// RFC 8414 §3: metadata at /.well-known/oauth-authorization-server/{issuer path}
import { oauthJson } from "@/lib/oauth/errors";
import { oauthRoute } from "@/lib/oauth/oauth-route";
import { serverMetadata } from "@/lib/oauth/server-metadata";

export const dynamic = "force-dynamic";

export const GET = oauthRoute(async (_request, institution) => oauthJson(serverMetadata(institution.slug), 200, { "access-control-allow-origin": "*" }));
