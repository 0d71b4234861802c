// The same metadata under the issuer itself ({issuer}/.well-known/oauth-authorization-server), for clients that build the URL the OpenID Connect way.
import { nextMount } from "@/lib/endpoints/next-mount";
import { metadataEndpoint } from "@/lib/endpoints/oauth-endpoints";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(metadataEndpoint);
