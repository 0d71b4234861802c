// The token_type of an access token (RFC 6749 §7.1): DPoP when bound to a DPoP key (RFC 9449 §6), else
// Bearer (a certificate-bound token is still presented as Bearer, RFC 8705 §3).
import type { TBinding } from "@/lib/oauth/sender-constraint/sender-binding";

export function tokenType(binding: TBinding): "DPoP" | "Bearer" {
  return binding.jkt ? "DPoP" : "Bearer";
}
