// /docs/openapi.json — the OpenAPI 3.1 document (lib/api/openapi.ts) with this deployment's origin and
// institutions.
import { publicOrigin } from "@/lib/config/origin";
import { openApiDocument } from "@/lib/api/openapi";
import { listInstitutions } from "@/lib/institutions/get-institution";

export const dynamic = "force-dynamic";

export async function GET() {
  const slugs = (await listInstitutions()).map((i) => i.slug);
  return Response.json(openApiDocument(publicOrigin(), slugs), { headers: { "access-control-allow-origin": "*" } });
}
