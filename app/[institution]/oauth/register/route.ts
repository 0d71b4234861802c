// RFC 7591 dynamic client registration, guarded by an initial access token.
import { InvalidClientMetadata, oauthJson } from "@/lib/oauth/errors";
import { oauthRoute } from "@/lib/oauth/oauth-route";
import { registerClient } from "@/lib/oauth/register-client";
import { clientIp } from "@/lib/http/client-ip";
import { verifyInitialAccessToken } from "@/lib/oauth/verify-initial-access-token";

export const dynamic = "force-dynamic";

export const POST = oauthRoute(async (request, institution) => {
  const { actorId } = await verifyInitialAccessToken(request, institution.id);
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new InvalidClientMetadata("content-type must be application/json");
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new InvalidClientMetadata("the body is not JSON");
  }
  const registered = await registerClient(body, { institutionIds: [institution.id], actorType: "aggregator", actorId, ip: clientIp(request) });
  return oauthJson(registered, 201);
});
