// RFC 9126 pushed authorization requests: lib/endpoints/oauth-endpoints.ts (also served by server.mjs's lean path).
import { nextMount } from "@/lib/endpoints/next-mount";
import { parEndpoint } from "@/lib/endpoints/oauth-endpoints";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(parEndpoint);
