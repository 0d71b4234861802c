// The TLS client certificate of a request (RFC 8705 §2 for clients, the 電子証明書 login for customers),
// as the server saw it: only over TLS, only from the trusted header the server itself set.
import { X509Certificate } from "node:crypto";
import { TRUSTED_HEADER } from "./trusted-headers";
import { viaTls } from "./request-url";
import type { TMachineRequest } from "./machine-request";

export function presentedCertificate(request: TMachineRequest): X509Certificate | null {
  if (!viaTls(request)) return null;
  const header = request.headers.get(TRUSTED_HEADER.clientCert);
  if (!header) return null;
  try {
    return new X509Certificate(decodeURIComponent(header));
  } catch {
    return null;
  }
}
