// RFC 7662 introspection: lib/endpoints/oauth-endpoints.ts (also served by server.mjs's lean path).
import { nextMount } from "@/lib/endpoints/next-mount";
import { introspectionEndpoint } from "@/lib/endpoints/oauth-endpoints";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(introspectionEndpoint);
