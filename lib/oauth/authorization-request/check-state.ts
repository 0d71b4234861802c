// RFC 6749 §4.1.1: state is opaque to the server and returned as sent; its length is bounded so a
// request cannot store an arbitrary payload.
import { InvalidRequest } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

const MAX_STATE_LENGTH = 512;

export const checkState: TAuthorizationCheck = ({ form, params }) => {
  if (form.state !== undefined && form.state.length > MAX_STATE_LENGTH) throw new InvalidRequest("state is too long");
  params.state = form.state;
};
