// Generated from lib/routes/machine-routes.json by scripts/generate-route-files.mjs: do not edit.
// The Next mount of the machine route "usage" (/:institution/api/v1/usage); server.mjs's lean path answers it with the same handler.
import { nextMount } from "@/lib/endpoints/next-mount";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount("usage");
