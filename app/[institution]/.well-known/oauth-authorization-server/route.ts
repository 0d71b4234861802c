// The same metadata under the issuer itself ({issuer}/.well-known/oauth-authorization-server), for
// clients that build the URL the OpenID Connect way.
import { GET as metadata } from "@/app/.well-known/oauth-authorization-server/[institution]/route";

export const dynamic = "force-dynamic";
export const GET = metadata;
