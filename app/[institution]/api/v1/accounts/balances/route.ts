// GET /accounts/balances: lib/endpoints/api-endpoints.ts (also served by server.mjs's lean path).
import { nextMount } from "@/lib/endpoints/next-mount";
import { balancesEndpoint } from "@/lib/endpoints/api-endpoints";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(balancesEndpoint);
