// The URI a request was sent to, as the client sees it: the configured public origin (or the HTTPS
// listener's, for requests that came over it) plus the path. Behind a proxy request.url says
// localhost; DPoP's htu (RFC 9449 §4.3) and client-assertion audiences compare against this instead.
import { publicOrigin, tlsOrigin } from "@/lib/config/origin";
import { TRUSTED_HEADER } from "./trusted-headers";
import type { TMachineRequest } from "./machine-request";

export function viaTls(request: TMachineRequest): boolean {
  return request.headers.get(TRUSTED_HEADER.tls) === "1";
}

export function externalUrl(request: TMachineRequest): string {
  const url = new URL(request.url);
  return `${viaTls(request) ? tlsOrigin() : publicOrigin()}${url.pathname}${url.search}`;
}
