// The client's address, as the server established it (lib/http/trusted-headers.ts). One fallback for
// a request that did not come through Renkei's server (`next dev`): "unknown", so that lockouts, audit
// entries and the risk check record that situation one way.
import type { TMachineRequest } from "./machine-request";
import { TRUSTED_HEADER } from "./trusted-headers";

export const UNKNOWN_IP = "unknown";

export function clientIp(source: Pick<TMachineRequest, "headers"> | Headers): string {
  const headers = source instanceof Headers ? source : source.headers;
  return headers.get(TRUSTED_HEADER.clientIp) || UNKNOWN_IP;
}
