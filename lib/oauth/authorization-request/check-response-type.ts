// FAPI 2.0 Security Profile §5.3.1.2 item 1: response_type is code. A missing one is invalid_request;
// another value is unsupported_response_type (RFC 6749 §4.1.2.1, which RFC 9126 §2.3 applies to PAR).
import { InvalidRequest, UnsupportedResponseType } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

export const checkResponseType: TAuthorizationCheck = ({ form }) => {
  if (!form.response_type) throw new InvalidRequest("missing response_type");
  if (form.response_type !== "code") throw new UnsupportedResponseType("response_type must be code");
};
