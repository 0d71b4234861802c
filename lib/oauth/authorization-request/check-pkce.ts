// FAPI 2.0 §5.3.1.2 items 3–4, RFC 7636 §4.3: PKCE is required, with S256 only; the challenge is a
// base64url SHA-256 (43 characters).
import { InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

export const checkPkce: TAuthorizationCheck = ({ form, params }) => {
  if (!form.code_challenge) throw new InvalidRequest("missing code_challenge (PKCE is required)");
  if (form.code_challenge_method !== "S256") throw new InvalidRequest("code_challenge_method must be S256");
  if (!/^[A-Za-z0-9_-]{43}$/.test(form.code_challenge)) throw new InvalidRequest("code_challenge must be a base64url SHA-256");
  params.codeChallenge = form.code_challenge;
};
