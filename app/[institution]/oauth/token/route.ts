import { oauthJson } from "@/lib/oauth/errors";
import { issueToken } from "@/lib/oauth/issue-token";
import { oauthRoute } from "@/lib/oauth/oauth-route";

export const dynamic = "force-dynamic";

export const POST = oauthRoute(async (request, institution) => oauthJson(await issueToken(request, institution)), { dpopNonce: true });
