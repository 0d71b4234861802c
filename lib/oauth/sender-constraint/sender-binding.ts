// Which key or certificate the tokens of this request are bound to (FAPI 2.0 §5.3.2.2 item 1):
// DPoP (RFC 9449) for every client; a client using tls_client_auth is bound to its certificate
// (RFC 8705 §3) and may add DPoP. A baseline client may send neither: its tokens are then Bearer tokens
// (RFC 6750), short-lived, with rotated refresh tokens (lib/oauth/clients/profile-policy.ts).
import "server-only";
import type { TAuthenticatedClient } from "@/lib/oauth/client-authentication/authenticate-client";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { currentDpopNonce } from "./dpop-nonce";
import { InvalidDpopProof, UseDpopNonce } from "@/lib/oauth/errors/oauth-errors";
import { externalUrl } from "@/lib/http/request-url";
import { DpopNonceError, DpopProofError, verifyDpopProof } from "./verify-dpop-proof";

export type TBinding = { jkt: string | null; certThumbprint: string | null };

export async function senderBinding(ctx: TRequestContext, client: TAuthenticatedClient): Promise<TBinding> {
  const certThumbprint = client.certThumbprint;
  if (!ctx.request.headers.has("dpop")) {
    if (certThumbprint || client.policy.bearerTokens) return { jkt: null, certThumbprint };
    throw new InvalidDpopProof("a DPoP proof is required");
  }
  return { jkt: await verifyPostDpopProof(ctx), certThumbprint };
}

/**
 * The DPoP proof of a POST to the PAR or token endpoint: its key's thumbprint, or the OAuth error
 * (use_dpop_nonce with a fresh nonce, RFC 9449 §8; invalid_dpop_proof otherwise).
 */
export async function verifyPostDpopProof(ctx: Pick<TRequestContext, "request" | "singleUse">): Promise<string> {
  try {
    return (await verifyDpopProof(ctx.request.headers, { method: "POST", url: externalUrl(ctx.request), nonce: true, singleUse: ctx.singleUse })).jkt;
  } catch (error) {
    if (error instanceof DpopNonceError) throw new UseDpopNonce(error.message, currentDpopNonce());
    if (error instanceof DpopProofError) throw new InvalidDpopProof(error.message);
    throw error;
  }
}
