import { publicOrigin } from "@/lib/config/origin";
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(openApiDocument(publicOrigin()), { headers: { "access-control-allow-origin": "*" } });
}
