// RFC 7591 dynamic client registration: lib/endpoints/oauth-endpoints.ts (also served by server.mjs's lean path).
import { nextMount } from "@/lib/endpoints/next-mount";
import { registrationEndpoint } from "@/lib/endpoints/oauth-endpoints";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(registrationEndpoint);
