// The authorization server's own keys. Renkei signs nothing a client must verify (tokens are opaque,
// responses are plain JSON over TLS), so the set is empty; the endpoint exists for clients that expect it.
import { oauthJson } from "@/lib/oauth/errors";
import { oauthRoute } from "@/lib/oauth/oauth-route";

export const dynamic = "force-dynamic";

export const GET = oauthRoute(async () => oauthJson({ keys: [] }, 200, { "access-control-allow-origin": "*" }));
