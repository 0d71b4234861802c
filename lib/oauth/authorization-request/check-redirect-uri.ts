// FAPI 2.0 §5.3.1.2 items 5–6 and RFC 9700 §2.1: redirect_uri is required and must be exactly one the
// client registered (no pattern, no prefix match).
import { InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

export const checkRedirectUri: TAuthorizationCheck = ({ form, client, params }) => {
  const redirectUri = form.redirect_uri;
  if (!redirectUri) throw new InvalidRequest("missing redirect_uri");
  if (!client.redirectUris.includes(redirectUri)) throw new InvalidRequest("redirect_uri is not registered for this client");
  params.redirectUri = redirectUri;
};
