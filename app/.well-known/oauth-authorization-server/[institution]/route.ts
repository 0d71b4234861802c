// RFC 8414 §3 metadata at /.well-known/oauth-authorization-server/{issuer path}: lib/endpoints/oauth-endpoints.ts.
import { nextMount } from "@/lib/endpoints/next-mount";
import { metadataEndpoint } from "@/lib/endpoints/oauth-endpoints";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(metadataEndpoint);
