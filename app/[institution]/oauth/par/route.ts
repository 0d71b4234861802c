import { oauthJson } from "@/lib/oauth/errors";
import { oauthRoute } from "@/lib/oauth/oauth-route";
import { pushAuthorizationRequest } from "@/lib/oauth/push-authorization-request";

export const dynamic = "force-dynamic";

// RFC 9126 §2.2: 201 Created with request_uri and expires_in.
export const POST = oauthRoute(async (request, institution) => oauthJson(await pushAuthorizationRequest(request, institution), 201), { dpopNonce: true });
