// The Next mount of a machine endpoint: every HTTP method goes to the endpoint's one handler, which
// answers what it serves and 405 with Allow to the rest — exactly as the production server's lean
// path does (lib/endpoints/serve-machine-request.ts). A route file is one line:
//   export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount(tokenEndpoint);
import "server-only";
import type { TMachineEndpoint, TRouteParams } from "./define-endpoint";

type TNextContext = { params: Promise<TRouteParams> };

export function nextMount(endpoint: TMachineEndpoint) {
  const handle = async (request: Request, context: TNextContext) => endpoint.handle(request, await context.params);
  return { GET: handle, HEAD: handle, POST: handle, PUT: handle, PATCH: handle, DELETE: handle, OPTIONS: handle };
}
