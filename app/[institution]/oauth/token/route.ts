// RFC 6749 token endpoint: lib/endpoints/oauth-endpoints.ts (also served by server.mjs's lean path).
import { nextMount } from "@/lib/endpoints/next-mount";
import { tokenEndpoint } from "@/lib/endpoints/oauth-endpoints";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(tokenEndpoint);
