import { oauthJson } from "@/lib/oauth/errors";
import { oauthRoute } from "@/lib/oauth/oauth-route";
import { revokeToken } from "@/lib/oauth/revoke-token";

export const dynamic = "force-dynamic";

// RFC 7009 §2.2: 200 with an empty body whether or not the token was known.
export const POST = oauthRoute(async (request, institution) => {
  await revokeToken(request, institution);
  return oauthJson({});
});
