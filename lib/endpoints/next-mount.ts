// The Next mount of a machine endpoint: every HTTP method goes to the endpoint's one handler, which
// answers what it serves and 405 with Allow to the rest — exactly as the production server's lean
// path does (lib/endpoints/serve-machine-request.ts). The body is taken whole first, against the same
// limit (lib/endpoints/body-limit.ts), so both mounts answer a body over 1 MiB with the same 413.
// A route file is generated from the one list (scripts/generate-route-files.mjs) and is one line:
//   export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextMount("token");
import "server-only";
import { MachineRequest } from "@/lib/http/machine-request";
import type { TMachineRouteName } from "@/lib/routes/machine-routes";
import type { TRouteParams } from "./define-endpoint";
import { readWebBody, unreadableBodyResponse } from "./body-limit";
import { machineEndpoint, usageOperation } from "./route-handlers";

type TNextContext = { params: Promise<TRouteParams> };

export function nextMount(name: TMachineRouteName) {
  const endpoint = machineEndpoint(name);
  const operation = usageOperation(name);
  const handle = async (request: Request, context: TNextContext) => {
    let body: Buffer | null;
    try {
      body = await readWebBody(request);
    } catch (error) {
      return unreadableBodyResponse(error);
    }
    return endpoint.handle(new MachineRequest(request.method, request.url, request.headers, body), await context.params, operation);
  };
  return { GET: handle, HEAD: handle, POST: handle, PUT: handle, PATCH: handle, DELETE: handle, OPTIONS: handle };
}
