// docs/design.md §3 (lib/oauth/clients/profile-policy.ts): the client's security profile decides how its authorization
// request may come — a fapi2 client's only through PAR (FAPI 2.0 §5.3.1.2 item 2, RFC 9126 §5), a baseline
// client's also as query parameters (RFC 6749 §4.1.1) — and a baseline client past its sunset, or at an
// institution that turned the profile off, starts no new flow (unauthorized_client, RFC 6749 §4.1.2.1).
import { InvalidRequest, UnauthorizedClient } from "@/lib/oauth/errors/oauth-errors";
import { profilePolicy, profileRefusalDescription } from "@/lib/oauth/clients/profile-policy";
import type { TAuthorizationCheck } from "./context";

export const checkSecurityProfile: TAuthorizationCheck = ({ client, institution, via }) => {
  const policy = profilePolicy(client, institution.settings);
  if (policy.refusal) throw new UnauthorizedClient(profileRefusalDescription(policy.refusal));
  if (via === "query" && !policy.queryAuthorizationRequests) throw new InvalidRequest("this client must push its authorization request (PAR, RFC 9126)");
};
