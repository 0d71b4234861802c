// RFC 9126 §2.1: a pushed request must not itself carry a request_uri; request objects (RFC 9101)
// are not supported here, so `request` is refused rather than ignored.
import { InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

export const checkNoRequestObject: TAuthorizationCheck = ({ form }) => {
  if (form.request_uri) throw new InvalidRequest("request_uri must not be sent to the pushed authorization request endpoint");
  if (form.request) throw new InvalidRequest("request objects are not supported");
};
