// RFC 9449 §10: the authorization code is bound to a DPoP key — by dpop_jkt (the key's RFC 7638
// thumbprint), by a DPoP proof on the pushed request, or both, in which case they must agree. The
// token endpoint then accepts the code only with that key (lib/oauth/token/exchange-code.ts). A request sent
// as query parameters comes through the customer's browser, which carries no proof: dpop_jkt alone.
import { InvalidDpopProof, InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import { verifyPostDpopProof } from "@/lib/oauth/sender-constraint/sender-binding";
import type { TAuthorizationCheck } from "./context";

export const checkDpopBinding: TAuthorizationCheck = async ({ form, request, singleUse, params, via }) => {
  let dpopJkt = form.dpop_jkt;
  if (dpopJkt !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(dpopJkt)) throw new InvalidRequest("dpop_jkt is malformed");
  if (via === "par" && request.headers.has("dpop")) {
    const jkt = await verifyPostDpopProof({ request, singleUse });
    if (dpopJkt && dpopJkt !== jkt) throw new InvalidDpopProof("dpop_jkt does not match the DPoP proof's key");
    dpopJkt = jkt;
  }
  params.dpopJkt = dpopJkt;
};
